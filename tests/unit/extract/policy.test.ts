/**
 * Policy figures are not targets: payments and their caps and ratios, eligibility thresholds
 * inside a noun phrase, rules about shares and procedure deadlines — while the targets written
 * next to them, with the same words nearby, are still read.
 */
import { extractIndicators } from "../../../src/extract/extract";
import type { ExtractedIndicator } from "../../../src/extract/types";

const brief = (i: ExtractedIndicator) => [i.name, i.kind, i.comparator, i.value, i.unit];
const read = (text: string) => extractIndicators(text).indicators.map(brief);

describe("payments, caps and ratios", () => {
  test.each([
    "对通过贯标认证的企业给予每家3万元奖励,单个企业累计不超过30万元。",
    "专利代理机构每代理1件发明专利授权补助2000元。",
    "按照合同金额的20%给予补助,最高不超过100万元。",
    "按同期贷款市场报价利率的50%给予贴息,每家企业每年贴息最高30万元。",
    "对符合条件的专利转化项目,按技术合同成交额的10%予以奖补。",
    "单户企业年度奖补总额不超过80万元。",
    "对新认定的示范企业,同一企业年度资助总额不超过15万元。",
    "评估费用按实际发生额的40%给予补助,每笔最高1.5万元。",
    "单笔补贴最高不超过120万元。",
    "资助额度不超过申请费用的50%。",
    "专项资金对每个项目的支持额度原则上不超过项目总投资的30%。",
  ])("%s → nothing", (text) => expect(read(text)).toEqual([]));

  test("a value listed after a capped payment is a payment too", () => {
    expect(read("发明专利每件资助最高5000元、8000元。")).toEqual([]);
  });

  test("a fund named with 补偿/奖补 keeps its size target; a payment next to it is dropped", () => {
    expect(
      read("风险补偿资金池规模达到1亿元,单笔补偿最高不超过300万元;市级奖补资金不少于2000万元。"),
    ).toEqual([
      ["风险补偿资金池规模", "level", ">=", 1, "亿元"],
      ["市级奖补资金", "level", ">=", 2000, "万元"],
    ]);
  });

  test("每万人口 and per-enterprise counts are not per-item payments", () => {
    expect(read("每万人口高价值发明专利拥有量达到12件,每家示范企业专利申请量不少于10件。")).toEqual([
      ["每万人口高价值发明专利拥有量", "level", ">=", 12, "件"],
      ["每家示范企业专利申请量", "level", ">=", 10, "件"],
    ]);
  });
});

describe("thresholds inside a noun phrase", () => {
  test.each([
    "对年度新增发明专利授权超过20件的企业,一次性奖励10万元。",
    "对侵权货值金额5万元以上的案件,依法移送司法机关。",
    "对于合同金额300万元以上或者涉及核心专利的转让项目实行备案管理。",
  ])("%s → nothing", (text) => expect(read(text)).toEqual([]));

  test("the threshold stays in the name of the target it qualifies", () => {
    expect(read("年营业收入5000万元以下的小微企业专利申请覆盖率达到35%。")).toEqual([
      ["营业收入5000万元以下的小微企业专利申请覆盖率", "level", ">=", 0.35, "%"],
    ]);
    expect(read("培育主营业务收入超2亿元的知识产权服务机构6家。")).toEqual([
      ["主营业务收入超2亿元的知识产权服务机构", "level", ">=", 6, "家"],
    ]);
  });

  test("以上 + a noun without 的 is a threshold too; 的目标 is the target itself", () => {
    expect(read("注册资本500万元以上企业专利申请覆盖率达到50%。")).toEqual([
      ["注册资本500万元以上企业专利申请覆盖率", "level", ">=", 0.5, "%"],
    ]);
    expect(read("实现专利申请量达到1万件的目标。")).toEqual([["专利申请量", "level", ">=", 1, "万件"]]);
    expect(read("专利申请量达到500件以上并保持稳定增长。")).toEqual([
      ["专利申请量", "level", ">=", 500, "件"],
    ]);
  });

  test("a counting verb keeps 以上的 + object as the count it sets", () => {
    expect(read("建成120家以上的专利导航服务基地。")).toEqual([
      ["专利导航服务基地", "level", ">=", 120, "家"],
    ]);
  });

  test("a share of entities after 以上的 is still a target", () => {
    expect(read("80%以上的规上企业建立知识产权管理制度。")).toHaveLength(1);
  });

  test("a rate threshold on entities counted later is part of their name", () => {
    expect(read("市场占有率30%以上的企业达到20家。")).toEqual([
      ["市场占有率30%以上的企业", "level", ">=", 20, "家"],
    ]);
    expect(read("研发投入占比5%以上的企业专利申请量增长20%。")).toEqual([
      ["研发投入占比5%以上的企业专利申请量", "growth", ">=", 0.2, "%"],
    ]);
  });
});

describe("rules about shares", () => {
  test.each([
    "职务发明成果转让收益中,发明人团队分配比例不低于50%。",
    "完成人所得比例不低于60%。",
    "用于奖励科研负责人和骨干的比例不低于50%。",
    "申请费用减缴比例为85%。",
    "科技成果转化净收入的奖励比例不低于50%。",
  ])("%s → nothing", (text) => expect(read(text)).toEqual([]));

  test("a share or rate that measures the region is a target", () => {
    expect(read("知识产权密集型产业增加值占比达到18%。")).toEqual([
      ["知识产权密集型产业增加值占比", "level", ">=", 0.18, "%"],
    ]);
    expect(read("奖励兑现率达到100%。")).toEqual([["奖励兑现率", "level", ">=", 1, "%"]]);
  });
});

describe("procedure deadlines", () => {
  test.each([
    "接到举报后24小时内到达现场,7个工作日内作出处理决定。",
    "各地于每季度结束后15日内报送进展情况。",
    "应当在受理之日起20个工作日内作出答复。",
  ])("%s → nothing", (text) => expect(read(text)).toEqual([]));

  test("内 after a comparator, or closing its clause, bounds a target", () => {
    expect(read("专利纠纷办案时限压缩至30个工作日内。")).toEqual([
      ["专利纠纷办案时限", "level", "<=", 30, "个工作日"],
    ]);
    expect(read("平均办案周期30个工作日内。")).toEqual([["平均办案周期", "level", "<=", 30, "个工作日"]]);
  });
});

describe("summaries that name no indicator", () => {
  test.each(["各项主要指标实现翻番。", "主要指标实现倍增。"])("%s → nothing", (text) =>
    expect(read(text)).toEqual([]),
  );
});
