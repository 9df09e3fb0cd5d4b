/**
 * Numbers as plan documents write them: Arabic (7.8, 1,200) and Chinese (两, 十二, 三千五百),
 * with magnitudes (万, 亿), approximations (余, 多), ranges (5到7) and units (件, 亿元, 人(次), %).
 * One left-to-right pass; no regular expression backtracks.
 */
import { parseUnit } from "../core/officialNumber";

const CN_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CN_SMALL: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const CN_BIG: Record<string, number> = { 万: 1e4, 亿: 1e8 };

export function isCnNumeralChar(c: string): boolean {
  return c in CN_DIGITS || c in CN_SMALL || c in CN_BIG;
}

export function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= "0" && c <= "9";
}

/** 三千五百 → 3500, 十二 → 12, 一万二千 → 12000, 二〇一二 → 2012 (digit by digit). */
export function parseChineseNumeral(s: string): number | undefined {
  if (s.length === 0) return undefined;
  if (![...s].some((c) => c in CN_DIGITS || c === "十")) return undefined;
  // Digit-by-digit years such as 二〇一二.
  if ([...s].every((c) => c in CN_DIGITS) && s.length > 1) {
    let v = 0;
    for (const c of s) v = v * 10 + CN_DIGITS[c];
    return v;
  }
  let total = 0;
  let section = 0;
  let digit = 0;
  let sawDigit = false;
  for (const c of s) {
    if (c in CN_DIGITS) {
      digit = CN_DIGITS[c];
      sawDigit = true;
    } else if (c in CN_SMALL) {
      section += (sawDigit ? digit : 1) * CN_SMALL[c];
      digit = 0;
      sawDigit = false;
    } else if (c in CN_BIG) {
      total = (total + section + digit) * CN_BIG[c];
      section = 0;
      digit = 0;
      sawDigit = false;
    } else return undefined;
  }
  return total + section + digit;
}

/**
 * Units, longest first where one is a prefix of another. 年, 月, 日 and 号 are deliberately
 * absent: a number followed by them is a date, a duration of years or a document number.
 */
export const UNITS: readonly string[] = [
  "微克/立方米",
  "毫克/立方米",
  "μg/m3",
  "μg/m³",
  "mg/m3",
  "毫克/升",
  "mg/L",
  "个百分点",
  "个工作日",
  "个月",
  "场次",
  "家次",
  "户次",
  "件次",
  "台次",
  "辆次",
  "艘次",
  "架次",
  "人(次)",
  "人次",
  "吨标准煤/万元",
  "吨标准煤",
  "千克标准煤/平方米",
  "千克标准煤",
  "元/人",
  "人年",
  "吨/日",
  "立方米/日",
  "标箱",
  "PFlops",
  "亿元",
  "万元",
  "千元",
  "美元",
  "元",
  "件(套)",
  "件套",
  "台(套)",
  "台(件)",
  "件",
  "项",
  "家",
  "名",
  "个",
  "人",
  "所",
  "座",
  "次",
  "场",
  "期",
  "篇",
  "部",
  "台",
  "套",
  "户",
  "条",
  "种",
  "位",
  "支",
  "处",
  "本",
  "册",
  "门",
  "天",
  "工作日",
  "小时",
  "平方公里",
  "平方米",
  "公里",
  "亩",
  "吨",
  "辆",
  "栋",
  "对",
  "列",
  "张",
  "站",
  "类",
  "届",
  "艘",
  "架",
  "顶",
  "份",
  "例",
  "宗",
  "起",
  "笔",
  "分钟",
  "秒",
  "分",
  "倍",
  "番",
  "头",
  "只",
  "羽",
  "岁",
  "批次",
  "级",
  "千瓦时",
  "千瓦",
  "兆瓦",
  "立方米",
  "平方千米",
  "公顷",
  "千克",
  "公斤",
  "千米",
  "厘米",
  "米",
  "标准箱",
  "块",
  "GWh",
  "GW",
  "MWh",
  "MW",
  "床",
  "间",
  "棵",
  "株",
  "卷(件)",
  "卷",
  "页",
  "组",
  "支",
  "轮次",
  "轮",
  "学时",
  "TB",
  "GB",
  "PB",
  "%",
  "‰",
];

/**
 * A unit as reported: AS WRITTEN, with its magnitude (7.8亿元 → 7.8 "亿元", 2.5万件 → 2.5 "万件"),
 * so that a form shows the plan's own figure; only rates become fractions (25% → 0.25 "%",
 * 5‰ → 0.005 "‰"). `baseUnit` and `scale` say what the unit means (亿元 = 1e8 元) for the rules that
 * care about money or time whatever its magnitude, and for comparing magnitudes.
 */
function normaliseUnit(u: string, magnitude: string): { unit: string; factor: number } {
  if (u === "%") return { unit: "%", factor: 0.01 };
  if (u === "‰") return { unit: "‰", factor: 0.001 };
  return { unit: `${magnitude}${u}`, factor: 1 };
}

/**
 * What a unit as written means: 亿元 → 1e8 元, 万人次 → 1e4 人次 (src/core/officialNumber.ts is the
 * one reader of magnitudes, shared with collect and the plan editor).
 */
export function unitScale(unit: string): { baseUnit: string; scale: number } {
  const u = parseUnit(unit);
  return { baseUnit: u.base, scale: u.mult };
}

/** A magnitude in its base unit (7.8 亿元 → 780000000 元), for comparing figures. */
export function inBaseUnit(value: number, unit: string): { value: number; unit: string } {
  const { baseUnit, scale } = unitScale(unit);
  return { value: tidy(value * scale), unit: baseUnit };
}

export interface Quantity {
  /** Index of the first character of the number in the scanned text. */
  start: number;
  /** Index just after the unit (and after 余/多). */
  end: number;
  /** The number as written (7.8 of 7.8亿元); rates as fractions. */
  value: number;
  /** The unit as written, magnitude included ("亿元", "万件", "%"). */
  unit: string;
  /** The unit without its magnitude ("元" of 亿元): what the policy and time rules look at. */
  baseUnit: string;
  approximate: boolean;
  range?: [number, number];
  /** Written in Chinese numerals (两倍, 一番, 三项). */
  chinese: boolean;
  /** 千/百 after the digits starts the unit (1.05千克 is 1.05 千克, not 1050 克). */
  unitPrefix?: boolean;
}

interface RawNumber {
  value: number;
  end: number;
  chinese: boolean;
  approximate: boolean;
  /** 万 / 亿 / 千 written after Arabic digits: kept with the unit, not folded into the value. */
  magnitude?: string;
  /** 千/百 after the digits starts the unit (1.05千克): cand.unit-prefix. */
  unitPrefix?: boolean;
}

const RANGE_SEPARATORS = new Set(["到", "至", "-", "~", "—", "–", "～"]);

function readArabic(s: string, i: number): RawNumber | undefined {
  let j = i;
  let text = "";
  while (j < s.length) {
    const c = s[j];
    if (isDigit(c)) {
      text += c;
      j++;
    } else if (c === "." && isDigit(s[j + 1]) && !text.includes(".")) {
      text += c;
      j++;
    } else if (
      c === "," &&
      isDigit(s[j + 1]) &&
      isDigit(s[j + 2]) &&
      isDigit(s[j + 3]) &&
      !isDigit(s[j + 4]) &&
      !text.includes(".")
    ) {
      // A thousands separator (1,200); a comma before fewer or more digits separates clauses.
      j++;
    } else break;
  }
  if (text === "" || text.length > 15) return undefined;
  return { value: Number(text), end: j, chinese: false, approximate: false };
}

function readChinese(s: string, i: number): RawNumber | undefined {
  let j = i;
  while (j < s.length && isCnNumeralChar(s[j]) && j - i < 12) j++;
  const v = parseChineseNumeral(s.slice(i, j));
  if (v === undefined) return undefined;
  return { value: v, end: j, chinese: true, approximate: false };
}

/** Reads 余/多, then (after Arabic digits) 万/亿/千/百, then 余/多 again. */
function readMagnitude(s: string, n: RawNumber): RawNumber {
  let { end, approximate } = n;
  let magnitude: string | undefined;
  let unitPrefix = false;
  if (s[end] === "余" || s[end] === "多") {
    approximate = true;
    end++;
  }
  if (!n.chinese) {
    const c = s[end];
    // "1.05千克", "5千米": 千 starts the unit, it is no magnitude.
    unitPrefix = (c === "千" || c === "百") && matchUnit(s, end)?.startsWith(c) === true;
    if (!unitPrefix && (c === "万" || c === "亿" || c === "千" || c === "百")) {
      if (c === "万" && s[end + 1] === "亿") {
        magnitude = "万亿";
        end += 2;
      } else {
        magnitude = c;
        end += 1;
      }
      if (s[end] === "余" || s[end] === "多") {
        approximate = true;
        end++;
      }
    }
  }
  return {
    value: n.value,
    end,
    chinese: n.chinese,
    approximate,
    magnitude,
    unitPrefix: unitPrefix || undefined,
  };
}

/**
 * Units that also start words: 5组织 is no count of 组, 2轮换 none of 轮, 3支持 none of 支; "3对以上" counts pairs
 * and "600列" trains, but 对接, 对外, 1对1 and 列入 are words.
 */
const UNIT_WORD_START: Readonly<Record<string, RegExp>> = {
  组: /^[织建成团合]/,
  轮: /^[换岗值]/,
  对: /^[象接口外话标照比于应策0-9一]/,
  列: /^[入为举出]/,
  // "组建6支专业招商小分队" counts teams; 支持, 支撑, 支付, 支出 and 支部 are words.
  支: /^[持撑付出部柱援流线]/,
};

function matchUnit(s: string, i: number): string | undefined {
  for (const u of UNITS)
    if (s.startsWith(u, i)) {
      const word = UNIT_WORD_START[u];
      return word?.test(s.slice(i + u.length, i + u.length + 1)) ? undefined : u;
    }
  return undefined;
}

function readNumberAt(s: string, i: number): RawNumber | undefined {
  const c = s[i];
  const raw = isDigit(c) ? readArabic(s, i) : isCnNumeralChar(c) ? readChinese(s, i) : undefined;
  return raw && readMagnitude(s, raw);
}

/** Words a unitless figure follows: a ratio, coefficient or index (收入比缩小到2.3, 恩格尔系数…). */
const RATIO_NAME = /(?:比|系数|指数|比值|倍数)[^,;。、\d]{0,6}$/;
/** A rate per so many people or per 亿元 of output, written without a unit (十万人口火灾死亡率0.25). */
const RATE_PER_NAME =
  /(?:万|亿元)[^,;。、\d]{0,20}(?:死亡率|发生率|发病率|事故率|伤亡率|死亡人数|事故起数)[^,;。、\d]{0,2}$/;
const RATIO_VERB =
  /(?:达到|不低于|不少于|不超过|不高于|控制在|缩小到|缩小至|缩小为|降至|降到|降低到|下降到|保持在|稳定在|提高到|提高至|为|在|低于|高于|超过)\s*$/;

/**
 * A figure without a unit word, read only where the words make it certain: "a∶b" after a ratio's
 * name (医护比1∶1.2 → 1.2 "比"), "N/10万" (a rate per 100,000: 孕产妇死亡率10/10万 → 10 "/10万"),
 * or a bare number right after a comparator that follows a ratio or index (收入比缩小到2.3 → 2.3 "").
 */
function readRatio(
  s: string,
  start: number,
  end: number,
  value: number,
): { value: number; end: number; unit: string } | undefined {
  const before = s.slice(Math.max(0, start - 14), start);
  const c = s[end];
  if ((c === "∶" || c === ":") && isDigit(s[end + 1]) && /比[^,;。]{0,8}$/.test(before)) {
    const second = readArabic(s, end + 1);
    // a∶1 → a, 1∶b → b; otherwise b per a.
    if (second && value > 0) {
      const v = second.value === 1 ? value : value === 1 ? second.value : tidy(second.value / value);
      return { value: v, end: second.end, unit: "比" };
    }
  }
  if (c === "/" && /^\/(?:10|十)万/.test(s.slice(end))) {
    const m = /^\/(?:10|十)万/.exec(s.slice(end))!;
    return { value, end: end + m[0].length, unit: "/10万" };
  }
  const next = s[end];
  if (
    RATIO_VERB.test(before) &&
    (RATIO_NAME.test(before.replace(RATIO_VERB, "")) ||
      RATE_PER_NAME.test(s.slice(Math.max(0, start - 40), start).replace(RATIO_VERB, ""))) &&
    (next === undefined || !/[\dA-Za-z年月日号.]/.test(next))
  )
    return { value, end, unit: "" };
  return undefined;
}

/** Rounds away binary noise from 7.8 × 1e8 and 25 × 0.01. */
export function tidy(x: number): number {
  return Number.parseFloat(x.toPrecision(12));
}

/** Names of unitless measures: an index, a coefficient, a mean score. */
const INDEX_NAME = /(?:指数|系数|平均值|均值)(?:\s*[((][A-Za-z0-9]{1,8}[))])?/;

/**
 * Every number-with-unit in `s`. Numbers without a unit (phone numbers, 5+10+10), dates, years,
 * ordinals (第三), document numbers (〔2018〕23号) and lone magnitude words (万人, 百项) are skipped.
 */
export function scanQuantities(s: string): Quantity[] {
  const out: Quantity[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    const startsNumber = isDigit(c) || isCnNumeralChar(c);
    if (!startsNumber) {
      i++;
      continue;
    }
    const prev = s[i - 1];
    const first = readNumberAt(s, i);
    if (!first) {
      i++;
      continue;
    }
    let end = first.end;
    let value = first.value;
    let approximate = first.approximate;
    let magnitude = first.magnitude ?? "";
    let range: [number, number] | undefined;
    if (RANGE_SEPARATORS.has(s[end]) && (isDigit(s[end + 1]) || isCnNumeralChar(s[end + 1] ?? ""))) {
      const second = readNumberAt(s, end + 1);
      if (
        second &&
        second.chinese === first.chinese &&
        (!first.magnitude || second.magnitude === first.magnitude)
      ) {
        // "0.5到1万件": the magnitude written once applies to both bounds.
        range = [first.value, second.value];
        end = second.end;
        approximate = approximate || second.approximate;
        magnitude = second.magnitude ?? magnitude;
        value = first.value;
      }
    }
    let unitRaw = matchUnit(s, end);
    // "(共3页)": a document's length, not a count of pages worked on.
    if (unitRaw === "页" && prev === "共") unitRaw = undefined;
    // "新一轮农村电网改造": the next round of a programme, a word.
    if (unitRaw === "轮" && first.chinese && /[新上下本]/.test(prev ?? "")) unitRaw = undefined;
    // 60日 is a duration unless it is a day of a month (6月30日, 每月10日前).
    if (
      unitRaw === undefined &&
      s[end] === "日" &&
      prev !== "月" &&
      !first.chinese &&
      !/^日(?:前|起|至|到|止)/.test(s.slice(end))
    )
      unitRaw = "日";
    // "城乡居民收入比缩小到2.3", "医护比达到1∶1.2", "孕产妇死亡率控制在10/10万以下": a ratio, an
    // index or a rate per 100,000 has no unit word of its own.
    let ratio: { value: number; end: number; unit: string } | undefined;
    if (unitRaw === undefined && !first.chinese && magnitude === "" && !range) {
      ratio = readRatio(s, i, end, first.value);
      if (ratio) unitRaw = ratio.unit;
    }
    // "粉丝突破30万", "常住人口达到120万": a magnitude closing the clause counts on its own (万).
    if (
      unitRaw === undefined &&
      !first.chinese &&
      !range &&
      (magnitude === "万" || magnitude === "亿") &&
      /^(?:[,，;；。、))]|$|以上|左右)/.test(s.slice(end))
    )
      unitRaw = "";
    // "路面技术状况指数(PQI)平均值不低于90", "发展指数由0.61提高到0.68": an index has no unit.
    if (
      unitRaw === undefined &&
      !first.chinese &&
      magnitude === "" &&
      !range &&
      s[end] !== "年" &&
      INDEX_NAME.test(
        s.slice(Math.max(0, s.lastIndexOf(",", i), s.lastIndexOf(";", i), s.lastIndexOf("。", i)), i),
      ) &&
      /^(?:以上|以下|左右|[,，;；。、))]|$|(?:提高|提升|增加|上升|下降|降低)(?:到|至))/.test(s.slice(end))
    )
      unitRaw = "";
    // "零部件", "零售额": a lone 零 is part of a word, never a count.
    const loneZero = first.chinese && first.value === 0 && first.end - i === 1;
    const skip =
      unitRaw === undefined ||
      loneZero ||
      prev === "第" ||
      prev === "〔" ||
      prev === "[" ||
      // "每10万人口", "每千人": the denominator of a per-capita name, not a figure.
      prev === "每" ||
      (prev !== undefined && /[A-Za-z.]/.test(prev)) ||
      (unitRaw === "次" && s[end + 1] === "性") ||
      // "十万人口火灾死亡率", "工矿商贸就业人员十万人生产安全事故死亡率": a round denominator.
      (unitRaw === "人" &&
        first.chinese &&
        /^10{3,}$/.test(String(first.value)) &&
        /[\u4e00-\u9fff]/.test(s[end + 1] ?? "") &&
        !/[以及左]/.test(s[end + 1])) ||
      // "一级医院", "二级运动员": a grade in a name, not a count.
      (unitRaw === "级" &&
        first.chinese &&
        /[\u4e00-\u9fff]/.test(s[end + 1] ?? "") &&
        !/[以及]/.test(s[end + 1]));
    if (skip || unitRaw === undefined) {
      i = Math.max(end, i + 1);
      continue;
    }
    const { unit, factor } = ratio ? { unit: ratio.unit, factor: 1 } : normaliseUnit(unitRaw, magnitude);
    if (ratio) value = ratio.value;
    let unitEnd = ratio ? ratio.end : end + unitRaw.length;
    if (s[unitEnd] === "余" || s[unitEnd] === "多") {
      approximate = true;
      unitEnd++;
    }
    out.push({
      start: i,
      end: unitEnd,
      value: tidy(value * factor),
      unit,
      baseUnit: unitScale(unit).baseUnit,
      approximate,
      range: range && [tidy(range[0] * factor), tidy(range[1] * factor)],
      chinese: first.chinese,
      ...(first.unitPrefix ? { unitPrefix: true } : {}),
    });
    i = unitEnd;
  }
  return out;
}
