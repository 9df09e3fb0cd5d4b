/**
 * The words between a subject and its number, read backwards from the number (比2010年, 到2020年,
 * 分别, 增长, 不低于 …), and the qualifier right after it (以上, 以内, 左右).
 */
import { effectOf, SUFFIXES, TAIL_WORDS, type Effect } from "./lexicon";

/** How far before a number its subject and verbs are looked for. */
export const MAX_ZONE = 60;

export interface Tail {
  effects: Effect[];
  subjectZone: string;
  baseYear?: number;
  targetYear?: number;
  /** 是2015年的2倍: the number is the factor itself. */
  multipleOf: boolean;
  /** The target year is written right before the figure's verb (time.item-year). */
  ownYear?: boolean;
  /** 由2015年的1.12件(提高到…): the number is the starting value, not a target. */
  fromBase?: boolean;
}

const BASE_YEAR_END =
  /(?:(?:比|较|与|同)\s*(\d{4})\s*年(?:底|末)?(?:相比)?|在\s*(\d{4})\s*年(?:底|末)?的?基础上)$/;
const BASE_PREV_END = /(?:(?:比|较)(?:上年|去年)(?:同期)?|同比)$/;
const BASE_FIVE_END = /(?:比|较)“?十([一二三四五])五”?(?:末|期末)?$/;
const TARGET_YEAR_END = /(?:到|至)\s*(\d{4})\s*年(?:底|末)?$/;
/** "其中2025年达到4个、2026年达到4.5个": the year written right before a figure's verb. */
const OWN_YEAR_END = /(?<![\d比较与同由从])(\d{4})\s*年(?:底|末)?前?$/;
const DURATION_END =
  /(?:近|未来|今后|每|连续)?(?:(?<!\d)\d{1,2}|[一二三四五六七八九十两]{1,2})\s*年(?:内|来|间|中)?$/;
const YEAR_OF_END = /(由|从)?\s*(\d{4})\s*年(?:底|末)?的$/;
const FROM_END = /(?:由|从)(?:目前|现在|当前|现有)?的?$/;
const MULTIPLE_OF_END = /(?:是|为|达到)?(?:(\d{4})\s*年(?:底|末)?)?的$/;
const FIVE_END: Record<string, number> = { 一: 2010, 二: 2015, 三: 2020, 四: 2025, 五: 2030 };

/** Reads the verbs between subject and number backwards, nearest first. */
export function readTail(zone: string, unit: string, planTarget: number | null): Tail {
  let z = zone.length > MAX_ZONE ? zone.slice(zone.length - MAX_ZONE) : zone;
  const tail: Tail = { effects: [], subjectZone: "", multipleOf: false };
  for (let guard = 0; guard < 12; guard++) {
    z = z.replace(/[\s“”"]+$/, "");
    let m: RegExpExecArray | null;
    if ((m = BASE_YEAR_END.exec(z))) {
      tail.baseYear = Number(m[1] ?? m[2]);
    } else if ((m = BASE_PREV_END.exec(z))) {
      if (planTarget !== null) tail.baseYear = planTarget - 1;
    } else if ((m = BASE_FIVE_END.exec(z))) {
      tail.baseYear = FIVE_END[m[1]];
    } else if ((m = TARGET_YEAR_END.exec(z))) {
      tail.targetYear = Number(m[1]);
    } else if (tail.effects.length > 0 && (m = OWN_YEAR_END.exec(z))) {
      tail.targetYear = Number(m[1]);
      tail.ownYear = true;
    } else if ((m = DURATION_END.exec(z)) && m[0] !== "") {
      // "3年累计", "五年内": a duration, not part of the name.
    } else if (unit === "倍" && (m = MULTIPLE_OF_END.exec(z)) && m[0] !== "") {
      tail.multipleOf = true;
      if (m[1]) tail.baseYear = Number(m[1]);
    } else if ((m = YEAR_OF_END.exec(z))) {
      if (m[1]) {
        tail.fromBase = true;
        tail.baseYear = Number(m[2]);
      } else tail.targetYear = Number(m[2]);
    } else if ((m = FROM_END.exec(z))) {
      tail.fromBase = true;
    } else {
      // "2020年增长" is a year and 增长, not 年增长 (annual growth).
      const w = TAIL_WORDS.find(
        (t) =>
          z.endsWith(t) &&
          !(t[0] === "年" && /[\d上去今本同当全明后]\s*$/.test(z.slice(0, z.length - t.length))) &&
          // "办理时限平均压缩30%": 均 of 平均/人均/户均 is part of the name, not 均 (each).
          !(t === "均" && /[平人户亩日月]$/.test(z.slice(0, z.length - 1))),
      );
      if (!w) break;
      tail.effects.push(effectOf(w));
      z = z.slice(0, z.length - w.length);
      continue;
    }
    z = z.slice(0, m.index);
  }
  tail.subjectZone = z;
  return tail;
}

export function suffixAt(s: string, i: number): { effect: Effect; length: number } | undefined {
  for (const [w, e] of SUFFIXES) if (s.startsWith(w, i)) return { effect: e, length: w.length };
  return undefined;
}
