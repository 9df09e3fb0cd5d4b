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
const OBJECT_END = /^(?:进行|给予|予以|纳入|作为|参加|参与)/;

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
  // Places and facilities are counted in 个: 保护示范区, 产业集群, 工作站, 服务平台.
  if (/示范区|集群|试点|站|平台|中心/.test(name)) return "个";
  if (/项目/.test(name)) return "项";
  if (/人才|人员|代理人|代理师/.test(name)) return "人";
  return "件";
}

/** Where a shared head noun can start in the last subject of a list (…产业有效发明专利拥有量). */
const HEAD_START = /产业|行业|领域|企业|有效|发明专利|专利|商标|申请|授权|注册|拥有量|数量|总量/g;
/** A subject that already names its measure (研发经费支出, 结案率) takes no other. */
const HAS_MEASURE =
  /(?:量|额|率|数|支出|投入|经费|收入|规模|产值|增加值|比重|占比|比例|次数|总值|时限|周期)$/;
/** Scope words that a list's first subject can share with the others (国家知识产权示范企业和优势企业). */
const SCOPE_PREFIX = /(?:知识产权|国家级|国家|省级|市级|县级|区级|全国)$/;
const SCOPE_START = /^(?:知识产权|国家|省|市|县|区|全国|国际|中国)/;
/** Levels of government or reach that qualify the same noun: 国家级, 省级, 市级, 县级, 国际. */
const LEVEL_WORD = /^(?:国家级|国家|省级|市级|县级|区级|国际|国内|省|市|县)/;
const LEVEL_ONLY = /^(?:国家级|国家|省级|市级|县级|区级|国际|国内|省|市|县)$/;
/** Paired modifiers (城镇/农村, 男性/女性, 公办/民办): one alone takes what the last one qualifies. */
const PAIRED =
  /^(?:城镇|农村|城市|乡村|城区|郊区|男性|女性|国有|民营|公办|民办|中央|地方|城乡|一般|重点|小学|初中|高中|本科|专科)/;
const PAIRED_ONLY =
  /^(?:城镇|农村|城市|乡村|城区|郊区|男性|女性|国有|民营|公办|民办|中央|地方|城乡|一般|重点|小学|初中|高中|本科|专科)$/;
/** A subject that is only an object of rights (专利, 商标 …), taking the head the last one shares. */
const OBJECT_ONLY =
  /^(?:发明专利|实用新型专利|外观设计专利|专利|商标|注册商标|版权|著作权|地理标志|植物新品种)$/;
/** Owners of a measure: "规模以上工业企业研发经费支出和发明专利授权量" share 规模以上工业企业. */
const OWNER = /^(.{2,}?(?:企业|产业|行业|高校|院所|机构))(.{2,})$/;

/** The part of the last subject that the others share, from its first head word on. */
function sharedHead(last: string): string | undefined {
  // "专利和商标质押融资额": the last subject's own object, then what both share.
  const object = /^(?:发明专利|专利|商标|版权|著作权|地理标志|植物新品种)(?=.{2})/.exec(last);
  if (object) return last.slice(object[0].length);
  HEAD_START.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = HEAD_START.exec(last))) if (m.index >= 2) return last.slice(m.index);
  return undefined;
}

/** "高新技术企业" + "企业数量" → "高新技术企业数量": the overlap is written once. */
function withHead(part: string, head: string): string {
  for (let k = Math.min(part.length, head.length); k > 0; k--)
    if (part.endsWith(head.slice(0, k))) return part + head.slice(k);
  return part + head;
}

/** Splits a list at 、 和 与 以及, but not inside brackets: 县(市、区)工作站 stays one subject. */
export function listMembers(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "(" || c === "（") depth++;
    else if ((c === ")" || c === "）") && depth > 0) depth--;
    if (depth === 0 && s.startsWith("以及", i)) {
      out.push(cur);
      cur = "";
      i++;
      continue;
    }
    if (depth === 0 && (c === "、" || c === "和" || c === "与")) {
      out.push(cur);
      cur = "";
      continue;
    }
    cur += c;
  }
  out.push(cur);
  return out;
}

/**
 * The subjects of a list that shares one predicate (A、B、C分别达到…): a shared head noun written
 * once at the end goes to each (集成电路、生物医药产业有效发明专利拥有量 → 集成电路产业有效发明专利拥有量),
 * and so does a shared scope or owner written once at the start (国家知识产权示范企业和优势企业 →
 * 国家知识产权优势企业).
 */
export function splitDistributive(subject: string): string[] {
  const parts = listMembers(subject)
    .map((p) => p.trim())
    .filter((p) => p !== "");
  if (parts.length < 2) return [subject];
  const first = parts[0];
  const fm = measureOf(first);
  const last = parts[parts.length - 1];
  const head = HAS_MEASURE.test(last) || /(?:企业|机构|产业)$/.test(last) ? sharedHead(last) : undefined;
  const owner = OWNER.exec(first);
  // "省级和市级知识产权示范园区": a bare level word takes what the last one qualifies.
  const lastLevel = LEVEL_WORD.exec(last);
  const lastPaired = PAIRED.exec(last);
  const qualified =
    lastLevel && last.length > lastLevel[0].length + 1 ? last.slice(lastLevel[0].length) : undefined;
  // "城镇和农村居民人均可支配收入" → 城镇居民人均可支配收入.
  const pairedRest =
    lastPaired && last.length > lastPaired[0].length + 1 ? last.slice(lastPaired[0].length) : undefined;
  // "PM2.5和PM10平均浓度": a code alone takes what follows the last one's code.
  const coded = /^[A-Za-z][A-Za-z0-9.]*(?=[\u4e00-\u9fff])/.exec(last);
  return parts.map((p, k) => {
    if (qualified && k < parts.length - 1 && LEVEL_ONLY.test(p)) return p + qualified;
    if (pairedRest && k < parts.length - 1 && PAIRED_ONLY.test(p)) return p + pairedRest;
    // "中心城区PM10和PM2.5平均浓度": a scope may stand before the first code.
    if (coded && k < parts.length - 1 && /^[\u4e00-\u9fff]{0,6}[A-Za-z][A-Za-z0-9.]*$/.test(p))
      return p + last.slice(coded[0].length);
    if (k === parts.length - 1) {
      if (k === 0) return p;
    } else if (
      head &&
      !HAS_MEASURE.test(p) &&
      p.length <= 12 &&
      (!/^(?:发明专利|专利|商标|版权|著作权|地理标志|植物新品种)/.test(last) || OBJECT_ONLY.test(p))
    ) {
      p = withHead(p, head);
    }
    if (k === 0) return p;
    // "专利申请量和授权量" → "专利授权量".
    const pm = measureOf(p);
    if (pm && p === pm && fm) return first.slice(0, first.length - fm.length) + p;
    if (!pm && fm && /(?:专利|商标|版权|著作权)$/.test(p)) return p + fm.replace("总量", "量");
    // "国家知识产权示范企业和优势企业" → "国家知识产权优势企业".
    const tail = parts[k];
    if (first.length > tail.length && !SCOPE_START.test(tail)) {
      // Only a short kind (优势企业) shares the scope; 商标品牌示范企业 names its own.
      const common = first.slice(-2) === tail.slice(-2) && tail.length <= 6;
      const prefix = first.slice(0, first.length - tail.length);
      if (common && SCOPE_PREFIX.test(prefix)) return prefix + p;
      // "规模以上工业企业研发经费支出和发明专利授权量" → "规模以上工业企业发明专利授权量".
      if (
        owner &&
        HAS_MEASURE.test(owner[2]) &&
        HAS_MEASURE.test(p) &&
        !/企业|产业|行业|高校|院所|机构/.test(p)
      )
        return owner[1] + p;
    }
    return p;
  });
}

/** "A和B数量", "A拥有量和B申请量": a list of subjects that each take the measure. */
export function sharedMeasure(subject: string, absolute = false): boolean {
  if (subject.includes("的")) return false;
  // A bare 及 is too often part of a word (惠及, 涉及); 以及 is safe.
  const m = /^(.+?)(?:和|与|以及|、)(.+)$/.exec(subject);
  if (!m) return false;
  const second = measureOf(m[2]);
  if (second === undefined) return false;
  // "国际会议、展会数量达到12个": one absolute count of things of either kind is their total; a
  // change (…和…数量实现翻番) still goes to each.
  if (absolute && (second === "数量" || second === "总数") && measureOf(m[1]) === undefined) return false;
  // "专利申请量和授权量": a bare measure shares the first part's object.
  return second !== m[2] || measureOf(m[1]) !== undefined;
}
