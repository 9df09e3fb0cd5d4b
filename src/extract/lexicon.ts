/**
 * The words between a subject and its number, read backwards from the number: comparators
 * (不低于 ≥, 超过 >, 突破 ≥ or >, 不超过 ≤ …), kinds (增长 growth, 年均增长 cagr, 翻 multiple),
 * aspiration (力争) and the verbs that take a counted object (培育5家 …).
 */
import type { ExtractComparator } from "./types";
import type { RuleId } from "./rules";

export interface Effect {
  cmp?: ExtractComparator;
  ambiguous?: boolean;
  aspirational?: boolean;
  /** 增长 / 下降 over the period. */
  growth?: "up" | "down";
  /** 年均增长 / 年均下降. */
  cagr?: "up" | "down";
  /** 翻 (一番 = ×2, 两番 = ×4). */
  double?: boolean;
  /** An explicit level verb (达到, 不低于 …). */
  level?: boolean;
  /** A verb that names the level reached (提高到, 增加至 …): a % after it is a level, not growth. */
  toLevel?: boolean;
  lowerIsBetter?: boolean;
  /** The verb takes a counted object that follows the number: 培育5家优势企业. */
  qtyFirst?: boolean;
  /** The verb belongs in the indicator's name (新增, 培育 …). */
  verb?: string;
  /** 分别 / 均: one number (or one each) for several subjects. */
  distributive?: boolean;
  approximate?: boolean;
  incentive?: boolean;
  /** A bare 年均 / 年平均: with a rate a growth per year, with a count a quantity per year. */
  yearly?: boolean;
  /** The ids of the rules (src/extract/rules.ts) whose words these are. */
  rules?: readonly RuleId[];
}

const T: Record<string, Effect> = {};
/** Words of one rule: `id` is the rule in src/extract/rules.ts that explains them. */
function add(id: RuleId | undefined, words: string[], e: Effect): void {
  for (const w of words) {
    const rules = [...(T[w]?.rules ?? []), ...(id ? [id] : [])];
    T[w] = { ...T[w], ...e, rules };
  }
}

add("cmp.at-least", ["不低于", "不少于", "不小于", "不下于", "至少", "达到", "达", "为", "实现", "完成"], {
  cmp: ">=",
  level: true,
});
add("cmp.more-than", ["超过", "超出", "高于", "多于", "大于", "超"], { cmp: ">", level: true });
add("cmp.at-least", ["达到或超过", "或超过", "及以上"], { cmp: ">=", level: true });
// "增速在10%以上", "均在15%以上": 在 only introduces the number.
add(undefined, ["在"], {});
add("name.distributive", ["均在", "都在"], { distributive: true });
add("cmp.breakthrough", ["突破"], { cmp: ">=", ambiguous: true, level: true });
add("cmp.ceiling", ["不超过", "不高于", "不多于", "不大于", "控制在", "控制到"], {
  cmp: "<=",
  lowerIsBetter: true,
  level: true,
});
add("cmp.below", ["低于", "少于", "小于"], { cmp: "<", lowerIsBetter: true, level: true });
// "影像分辨率优于0.2米": better than a size; which way is better is read from the name (cmp.finer).
add("cmp.finer", ["优于"], { level: true });
// "粮食播种面积 | ≥28万亩": the signs of a table cell or a formula.
add("cmp.symbol", ["≥", "≧", ">="], { cmp: ">=", level: true });
add("cmp.symbol", [">"], { cmp: ">", level: true });
add("cmp.symbol", ["≤", "≦", "<="], { cmp: "<=", lowerIsBetter: true, level: true });
add("cmp.symbol", ["<"], { cmp: "<", lowerIsBetter: true, level: true });
// 不足 states a shortfall (a past figure), read as "<" without making less better.
add("cmp.shortfall", ["不足", "不到"], { cmp: "<", level: true });
add(
  "cmp.to-level",
  [
    "提高到",
    "提高至",
    "提升到",
    "提升至",
    "增加到",
    "增加至",
    "增长到",
    "增长至",
    "增至",
    "达至",
    "扩大到",
    "扩大至",
    "保持在",
    "稳定在",
    "维持在",
    "上升到",
    "上升至",
    "发展到",
    "发展至",
  ],
  { cmp: ">=", level: true, toLevel: true },
);
add(
  "cmp.down-to-level",
  [
    "缩短到",
    "缩短至",
    "缩减到",
    "缩减至",
    "压缩到",
    "压缩至",
    "降低到",
    "降低至",
    "降到",
    "降至",
    "下降到",
    "下降至",
    "减少到",
    "减少至",
    "减至",
    "压减到",
    "压减至",
    "压降到",
    "压降至",
    "缩减为",
    "压缩为",
    "缩短为",
  ],
  { cmp: "<=", lowerIsBetter: true, level: true, toLevel: true },
);
add("cmp.keep", ["保持", "保持在", "稳定在", "维持在"], { cmp: ">=", level: true });
add("cmp.aspiration", ["力争", "争取", "努力"], { aspirational: true });
add(undefined, ["确保", "累计", "总计", "合计", "共"], {});
add("cmp.approximate", ["近", "接近"], { approximate: true });
// "约2000家" is a figure about that size, as 2000家左右 (cmp.about-before).
add("cmp.about-before", ["约", "大约", "约为"], { cmp: "=", approximate: true });
add(
  "kind.growth",
  ["增长", "增加", "提高", "提升", "增幅", "增速", "增长率", "增长幅度", "上升", "递增", "增"],
  {
    growth: "up",
  },
);
add("kind.fall", ["下降", "降低", "减少", "缩短", "压缩", "压减", "压降", "降幅", "下降率", "减少率"], {
  growth: "down",
  lowerIsBetter: true,
});
add(
  "kind.cagr",
  [
    "年均增长",
    "年均增幅",
    "年均增速",
    "年均增长率",
    "年均提高",
    "年均提升",
    "年均增加",
    "年平均增长",
    "年平均增长率",
    "年平均增幅",
    "年均递增",
    "每年增长",
    "年增长",
    "年增幅",
    "年增长率",
    "年均",
    "年平均",
  ],
  { cagr: "up" },
);
add(undefined, ["年均", "年平均"], { yearly: true });
add("kind.cagr-fall", ["年均下降", "年均降低", "年均减少", "每年下降"], {
  cagr: "down",
  lowerIsBetter: true,
});
add("kind.double", ["翻"], { double: true });
// Money after these is a per-item incentive (每件资助1万元), not a target.
add(undefined, ["奖励", "资助", "补助", "补贴", "奖补"], { incentive: true });
add("name.distributive", ["分别", "均", "都", "各", "同步"], { distributive: true });
for (const v of [
  "新增",
  "新建",
  "建成",
  "建设",
  "培育",
  "新培育",
  "认定",
  "新认定",
  "创建",
  "引进",
  "培养",
  "培训",
  "打造",
  "选定",
  "遴选",
  "扶持",
  "支持",
  "举办",
  "开展",
  "组织",
  "发展",
  "评选",
  "资助",
  "设立",
  "建立",
  "孵化",
  "辅导",
  "争创",
  "推广",
  "转化",
  "实施",
  "布局",
  "服务",
  "帮助",
  "指导",
  "推动",
  "帮扶",
  "推荐",
  "走访",
  "带动",
  "吸引",
  "招引",
  "安排",
  "投入",
  "兑现",
  "拨付",
  "选派",
  "选拔",
  "储备",
  "招募",
  "聘请",
  "派驻",
  // "组建6支专业招商小分队": teams formed are counted (holdout9).
  "组建",
]) {
  T[v] = { ...T[v], qtyFirst: true, verb: v, rules: [...(T[v]?.rules ?? []), "cand.counted-object"] };
}

// "培育形成3至5个区域品牌": 形成 alone is too often "形成一支队伍", "形成一批成果".
T["培育形成"] = { qtyFirst: true, verb: "培育", rules: ["cand.counted-object"] };

export const TAIL_WORDS: readonly string[] = Object.keys(T).sort((a, b) => b.length - a.length);

export function effectOf(word: string): Effect {
  return T[word];
}

/** Words right after a number-with-unit that qualify it. */
export const SUFFIXES: ReadonlyArray<[string, Effect]> = [
  ["及以上", { cmp: ">=", rules: ["cmp.suffix-above"] }],
  ["或以上", { cmp: ">=", rules: ["cmp.suffix-above"] }],
  ["以上", { cmp: ">=", rules: ["cmp.suffix-above"] }],
  ["以下", { cmp: "<=", lowerIsBetter: true, rules: ["cmp.suffix-within"] }],
  ["以内", { cmp: "<=", lowerIsBetter: true, rules: ["cmp.suffix-within"] }],
  ["之内", { cmp: "<=", lowerIsBetter: true, rules: ["cmp.suffix-within"] }],
  ["左右", { approximate: true, cmp: "=", rules: ["cmp.about"] }],
  // "突破5000件大关": a figure of speech, not a counted object.
  ["大关", {}],
  ["关口", {}],
];
