/**
 * What a number counts when the object follows it (培育5家企业, 30%规模以上企业…), and how a
 * list of subjects shares one predicate (A和B分别…, 专利申请量和授权量…).
 */
import { effectOf, TAIL_WORDS } from "./lexicon";
import { measureOf } from "./names";

/** Words that start a predicate (提高到, 增长, 达到 …), as opposed to verbs taking a counted object. */
export const PREDICATE_WORDS = TAIL_WORDS.filter((w) => {
  const e = effectOf(w);
  return (
    w.length > 1 && !e.qtyFirst && (e.cmp !== undefined || e.growth !== undefined || e.cagr !== undefined)
  );
});

const STOP = new Set([",", ";", "。", ":", "!", "?", "(", ")"]);
export const LIST_SEP = new Set(["、", "和", "与", "及", "或"]);

function startsNumber(c: string | undefined): boolean {
  return c !== undefined && /[0-9一二两三四五六七八九十]/.test(c);
}

/** Verbs that end a counted object: "20家重点企业进行商标品牌培育" → "重点企业". */
const OBJECT_END = /^(?:进行|给予|予以|纳入|作为)/;

/** The counted object after a number: "5家基础较好的企业、…" → "基础较好的企业". */
export function objectAfter(s: string, i: number, stopAtVerb = false): { text: string; end: number } {
  let j = i;
  while (j < s.length && j - i < 40) {
    const c = s[j];
    if (STOP.has(c)) break;
    if (stopAtVerb && j > i + 1 && OBJECT_END.test(s.slice(j, j + 2))) break;
    if (LIST_SEP.has(c) && startsNumber(s[j + 1])) break;
    if (c === "以" && s[j + 1] === "及" && startsNumber(s[j + 2])) break;
    if (/[0-9]/.test(c)) break;
    j++;
  }
  return { text: s.slice(i, j), end: j };
}

export function isCjkLetter(c: string | undefined): boolean {
  return c !== undefined && /[\u4e00-\u9fff《“]/.test(c) && !STOP.has(c);
}

/** The unit an indicator without a number (零的突破) is counted in. */
export function guessUnit(name: string): string {
  if (/企业|机构|单位|园区|基地/.test(name)) return "家";
  if (/项目/.test(name)) return "项";
  if (/人才|人员|代理人|代理师/.test(name)) return "人";
  return "件";
}

export function splitDistributive(subject: string): string[] {
  const parts = subject
    .split(/以及|、|和|与/)
    .map((p) => p.trim())
    .filter((p) => p !== "");
  if (parts.length < 2) return [subject];
  const first = parts[0];
  const fm = measureOf(first);
  return parts
    .map((p, k) => {
      if (k === 0) return p;
      // "专利申请量和授权量" → "专利授权量".
      const pm = measureOf(p);
      if (pm && p === pm && fm) return first.slice(0, first.length - fm.length) + p;
      if (!pm && fm && /(?:专利|商标|版权|著作权)$/.test(p)) return p + fm.replace("总量", "量");
      return p;
    })
    .map((p, k, all) => {
      // "高新技术企业和知识产权优势企业数量": the first takes the last one's measure.
      const lm = measureOf(all[all.length - 1]);
      if (k < all.length - 1 && lm && !measureOf(p)) return p + lm;
      return p;
    });
}

/** "A和B数量", "A拥有量和B申请量": a list of subjects that each take the measure. */
export function sharedMeasure(subject: string): boolean {
  if (subject.includes("的")) return false;
  // A bare 及 is too often part of a word (惠及, 涉及); 以及 is safe.
  const m = /^(.+?)(?:和|与|以及|、)(.+)$/.exec(subject);
  if (!m) return false;
  const second = measureOf(m[2]);
  if (second === undefined) return false;
  // "专利申请量和授权量": a bare measure shares the first part's object.
  return second !== m[2] || measureOf(m[1]) !== undefined;
}
