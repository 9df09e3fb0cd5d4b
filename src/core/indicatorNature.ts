/**
 * How an indicator moves through the year, which decides what a quarter's target is, whether
 * 序时进度 applies and whether regions add up:
 *  - flow: counted from zero each period (专利申请量, 质押融资额, 培训人次, 新增…). Quarterly targets
 *    are shares of the annual target, progress is judged against 序时进度, regions add up.
 *  - stock: a level that grows from its base (有效发明专利拥有量, 商标有效注册量, 示范企业达到50家).
 *    Quarterly targets run from the base to the target; progress is the share of the increase
 *    achieved, judged against 序时进度; regions add up.
 *  - rate: a ratio, share, average or score (结案率, 满意度, 万人发明专利拥有量, 平均办理周期). The
 *    target holds at any time, so every quarter's target is the target itself, progress is
 *    judged against the whole target, and regions do not add up.
 * An explicit `nature` in the plan wins; otherwise it is inferred from the unit and the name.
 */
import type { Indicator, IndicatorNature } from "./plan";

const RATE_NAME = /率|满意度|认知度|知晓度|指数|占比|比重|比例|万人|每万|人均|平均|周期|时限|时长|均值|密度/;
const STOCK_NAME = /拥有量|有效|存量|保有|累计|总数|达到.*(家|个|件)|示范|优势|认证|建成/;
const FLOW_NAME =
  /新增|新建|新培育|申请量|申请总量|登记量|授权量|融资额|融资金额|交易额|产值|收入|培训|人次|办理|查处|受理/;

export function indicatorNature(
  ind: Pick<Indicator, "name" | "unit" | "nature" | "lowerIsBetter">,
): IndicatorNature {
  if (ind.nature) return ind.nature;
  const unit = ind.unit.trim();
  if (unit === "%" || unit === "分" || ind.lowerIsBetter === true) return "rate";
  if (RATE_NAME.test(ind.name)) return "rate";
  // A count of new things in the period is a flow even when its name mentions 示范 or 认证.
  if (FLOW_NAME.test(ind.name)) return "flow";
  if (STOCK_NAME.test(ind.name)) return "stock";
  return "flow";
}

/** Whether the regions' values add up to the whole. */
export function isAdditive(ind: Pick<Indicator, "name" | "unit" | "nature" | "lowerIsBetter">): boolean {
  return indicatorNature(ind) !== "rate";
}
