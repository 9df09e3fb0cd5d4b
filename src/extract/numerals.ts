/**
 * Numbers as plan documents write them: Arabic (7.8, 1,200) and Chinese (两, 十二, 三千五百),
 * with magnitudes (万, 亿), approximations (余, 多), ranges (5到7) and units (件, 亿元, 人(次), %).
 * One left-to-right pass; no regular expression backtracks.
 */

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
  "个百分点",
  "个工作日",
  "个月",
  "场次",
  "家次",
  "户次",
  "件次",
  "人(次)",
  "人次",
  "亿元",
  "万元",
  "千元",
  "美元",
  "元",
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
  "张",
  "份",
  "例",
  "宗",
  "起",
  "笔",
  "分",
  "倍",
  "番",
  "%",
  "‰",
];

/** A unit as reported: money in 元, other magnitudes folded into the value. */
function normaliseUnit(u: string): { unit: string; factor: number } {
  switch (u) {
    case "亿元":
      return { unit: "元", factor: 1e8 };
    case "万元":
      return { unit: "元", factor: 1e4 };
    case "千元":
      return { unit: "元", factor: 1e3 };
    case "%":
      return { unit: "%", factor: 0.01 };
    case "‰":
      return { unit: "%", factor: 0.001 };
    case "人次":
      return { unit: "人次", factor: 1 };
    default:
      return { unit: u, factor: 1 };
  }
}

export interface Quantity {
  /** Index of the first character of the number in the scanned text. */
  start: number;
  /** Index just after the unit (and after 余/多). */
  end: number;
  value: number;
  unit: string;
  approximate: boolean;
  range?: [number, number];
  /** Written in Chinese numerals (两倍, 一番, 三项). */
  chinese: boolean;
}

interface RawNumber {
  value: number;
  end: number;
  chinese: boolean;
  approximate: boolean;
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

/** Reads 余/多, then (after Arabic digits) 万/亿/千, then 余/多 again. */
function readMagnitude(s: string, n: RawNumber): RawNumber {
  let { value, end, approximate } = n;
  if (s[end] === "余" || s[end] === "多") {
    approximate = true;
    end++;
  }
  if (!n.chinese) {
    const c = s[end];
    if (c === "万" || c === "亿" || c === "千" || c === "百") {
      const next = s.slice(end + 1, end + 3);
      // "10万人" is a number; "万人发明专利" after a non-number never reaches here.
      const mult = c === "万" ? 1e4 : c === "亿" ? 1e8 : c === "千" ? 1e3 : 100;
      if (c === "万" && next[0] === "亿") {
        value *= 1e12;
        end += 2;
      } else {
        value *= mult;
        end += 1;
      }
      if (s[end] === "余" || s[end] === "多") {
        approximate = true;
        end++;
      }
    }
  }
  return { value, end, chinese: n.chinese, approximate };
}

function matchUnit(s: string, i: number): string | undefined {
  for (const u of UNITS) if (s.startsWith(u, i)) return u;
  return undefined;
}

function readNumberAt(s: string, i: number): RawNumber | undefined {
  const c = s[i];
  const raw = isDigit(c) ? readArabic(s, i) : isCnNumeralChar(c) ? readChinese(s, i) : undefined;
  return raw && readMagnitude(s, raw);
}

/** Rounds away binary noise from 7.8 × 1e8 and 25 × 0.01. */
export function tidy(x: number): number {
  return Number.parseFloat(x.toPrecision(12));
}

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
    let range: [number, number] | undefined;
    if (RANGE_SEPARATORS.has(s[end]) && (isDigit(s[end + 1]) || isCnNumeralChar(s[end + 1] ?? ""))) {
      const second = readNumberAt(s, end + 1);
      if (second && second.chinese === first.chinese) {
        // "0.5到1万件": the magnitude written once applies to both bounds.
        const firstValue = first.value;
        range = [firstValue, second.value];
        end = second.end;
        approximate = approximate || second.approximate;
        value = firstValue;
      }
    }
    let unitRaw = matchUnit(s, end);
    // 60日 is a duration unless it is a day of a month (6月30日, 每月10日前).
    if (
      unitRaw === undefined &&
      s[end] === "日" &&
      prev !== "月" &&
      !first.chinese &&
      !/^日(?:前|起|至|到|止)/.test(s.slice(end))
    )
      unitRaw = "日";
    // "零部件", "零售额": a lone 零 is part of a word, never a count.
    const loneZero = first.chinese && first.value === 0 && first.end - i === 1;
    const skip =
      unitRaw === undefined ||
      loneZero ||
      prev === "第" ||
      prev === "〔" ||
      prev === "[" ||
      (prev !== undefined && /[A-Za-z.]/.test(prev)) ||
      (unitRaw === "次" && s[end + 1] === "性");
    if (skip || unitRaw === undefined) {
      i = Math.max(end, i + 1);
      continue;
    }
    const { unit, factor } = normaliseUnit(unitRaw);
    let unitEnd = end + unitRaw.length;
    if (s[unitEnd] === "余" || s[unitEnd] === "多") {
      approximate = true;
      unitEnd++;
    }
    out.push({
      start: i,
      end: unitEnd,
      value: tidy(value * factor),
      unit,
      approximate,
      range: range && [tidy(range[0] * factor), tidy(range[1] * factor)],
      chinese: first.chinese,
    });
    i = unitEnd;
  }
  return out;
}
