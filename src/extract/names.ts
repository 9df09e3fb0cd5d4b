import { YEAR_QUALIFIER } from "./years";

/**
 * Indicator names: the subject of a target clause cleaned of scope words (全市, 到2020年, 其中,
 * 力争 …), completed from the subject it shares with an earlier clause, and compared by
 * character-bigram similarity (for de-duplication and for the evaluation).
 */

/** Words in front of a subject that scope it rather than name it. */
const LEADING = [
  "其中",
  // A milestone's time (一季度末前, 上半年, 前三季度) is its quarter, not part of the name.
  "一季度末前",
  "一季度末",
  "一季度",
  "第一季度",
  "上半年",
  "前三季度",
  "三季度末",
  "年底前",
  "上年度",
  "上年",
  "去年",
  "共有",
  // "培训基层科普骨干四期,共计不少于400人": the total of the clause before, whose subject carries.
  "共计",
  "合计",
  "已有",
  "已",
  "目前",
  "现有",
  "当前",
  "同时",
  "在此基础上",
  "全市域",
  "全市",
  "全省",
  "全县",
  "全区",
  "全镇",
  "全州",
  "全国",
  "我市",
  "我省",
  "我县",
  "我区",
  "本市",
  "本省",
  "本县",
  "力争",
  "争取",
  "努力",
  "确保",
  "实现",
  "完成",
  "今年",
  "本年度",
  "本年",
  "年内",
  "全年",
  "当年",
  "预计",
  "计划",
  "推动",
  "促进",
  "进一步",
  "使",
  "并",
  "要",
  "和",
  "及",
  "以及",
  "且",
  "的",
];

const TIME_PREFIX =
  /^(?:到|至|于)?\d{4}\s*年(?:底|末|前|度)?|^(?:到|至|于)?(?:1[0-2]|[1-9])\s*月(?:底|末|中旬|上旬|下旬)?(?:前|以前)?(?![底末前旬以])(?=[\u4e00-\u9fff])|^(?:到|至)?“?十[一二三四五]五”?(?:末|期间|时期)?|^(?:近|未来|今后)?(?:\d{1,2}|[一二三四五六七八九十两]{1,2})年(?:来|内|间)|^(?:共(?!有)|累计|先后)(?=[\u4e00-\u9fff]{2})|^(?:第?[一二三四]季度(?:末)?(?:前)?|上半年|下半年|前三季度)(?![末前])(?=[\u4e00-\u9fff]{2})/;

/** After 全国: a level of the things named (全国重点…, 全国和省级…), not the nation's scope. */
const NATIONAL_LEVEL = /^(?:[和、及与]|以及)?(?:省级|市级|县级|重点)/;

/** Verbs of work inside a long subject, after which the counted thing is named. */
const INNER_VERB = /(?:建设|建成|开展|培育|打造|组建|实施|引进|创建)(?=[\u4e00-\u9fff])/g;

/** Index just after the last verb of work in `s` (0 when there is none). */
function lastWorkVerb(s: string): number {
  let end = 0;
  INNER_VERB.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = INNER_VERB.exec(s))) end = m.index + m[0].length;
  return end;
}

/** Aspiration words found while cleaning (they also mark the items). */
export interface CleanSubject {
  name: string;
  aspirational: boolean;
}

export function cleanSubject(raw: string): CleanSubject {
  let s = raw.replace(/[“”"'‘’「」]/g, "").trim();
  let aspirational = false;
  for (let guard = 0; guard < 12; guard++) {
    // "(其中重点区域达到80%)": the opening parenthesis of a part goes with 其中 (name.paren-part).
    s = s.replace(/^[\s,.:;、。]+|^[(（](?=其中)/, "");
    const t = TIME_PREFIX.exec(s);
    // "2000年以前建成的小区": the year qualifies the thing and stays in its name.
    if (t && t[0] !== "" && YEAR_QUALIFIER.test(s.slice(t[0].length).replace(/^以?前/, ""))) break;
    if (t && t[0] !== "") {
      s = s.slice(t[0].length);
      continue;
    }
    // "年专利申请量" (annual): 年 alone in front, not 年度/年均.
    if (/^年(?![度均末底内初中])[\u4e00-\u9fff]{3}/.test(s)) {
      s = s.slice(1);
      continue;
    }
    // "拥有国家知识产权示范企业8家" (a count), but not 拥有量.
    if (/^拥有(?!量)[\u4e00-\u9fff]{2}/.test(s)) {
      s = s.slice(2);
      continue;
    }
    // "一季度末前" is one time, not 一季度末 and a subject "前".
    // "全国重点文物保护单位", "全国和省级…": 全国 is the level of the thing named, kept (time.reference-level).
    const w = LEADING.find(
      (p) =>
        s.startsWith(p) &&
        s.length > p.length &&
        !/^(?:末|前|末前)$/.test(s.slice(p.length)) &&
        !(p === "全国" && NATIONAL_LEVEL.test(s.slice(p.length))) &&
        // "已建设施正常运行率": 已建 qualifies the stock whose rate is meant (name.existing-stock).
        !(p === "已" && /^已建[\u4e00-\u9fff]{1,12}率$/.test(s)),
    );
    if (!w) break;
    if (w === "力争" || w === "争取" || w === "努力") aspirational = true;
    s = s.slice(w.length);
  }
  s = s.replace(/[\s,:;、。的]+$/, "");
  // "…四期,共计不少于400人": a bare total names nothing; the subject before carries.
  if (/^(?:共计|合计|总计)$/.test(s)) s = "";
  // "分析报告每年不少于2份": a period after the subject says how often, not what.
  s = s.replace(/(?<=[\u4e00-\u9fff]{2})(?:每年度|每年|每季度|每月|全年|当年)$/, "");
  // A very long subject is a whole clause: its last part names the quantity, from the last verb of
  // work when nothing after it hangs on a 的 ("围绕…等产业建设产业知识产权运营中心"), else its last
  // 40 characters.
  if (s.length > 24) {
    const cut = lastWorkVerb(s);
    if (cut > 0 && s.length - cut >= 4 && !s.includes("的", cut)) s = s.slice(cut);
  }
  if (s.length > 40) s = s.slice(s.length - 40);
  return { name: s, aspirational };
}

/** Measure words that end an indicator name (申请量, 拥有量, 结案率 …). */
const MEASURES = [
  "申请总量",
  "授权总量",
  "申请量",
  "授权量",
  "拥有量",
  "注册量",
  "登记量",
  "注册总量",
  "登记总量",
  "持有量",
  "交易额",
  "成交额",
  "总量",
  "数量",
  // Measures of any field: "农产品加工业产值和休闲农业营业收入翻一番" is two indicators.
  "营业收入",
  "总产值",
  "产值",
  "增加值",
  "销售额",
  "营业额",
  "收入",
  // "科技贷款余额和绿色贷款余额翻一番": balances of two kinds of loans.
  "余额",
];

/** The measure word at the end of a name: "专利申请总量" → "申请总量". */
export function measureOf(name: string): string | undefined {
  return MEASURES.find((m) => name.endsWith(m));
}

/** Names that only say what is measured, taking the object from the subject they share. */
export const GENERIC_SUBJECTS = new Set(["数量", "总量", "总数", "件数", "个数", "家数", "人数"]);
export const GENERIC_ATTRIBUTES = new Set([
  "产值",
  "金额",
  "规模",
  "额度",
  "比例",
  "占比",
  "比重",
  "收入",
  "销售收入",
  "效益",
  "利润",
]);

/** Object nouns that take the measure of the subject they follow (发明专利 → 发明专利申请量). */
const OBJECT_ENDINGS = [
  "专利",
  "商标",
  "版权",
  "著作权",
  "作品",
  "地理标志",
  "植物新品种",
  "集成电路布图设计",
];

/**
 * Completes a subject from the one it shares in the sentence: "发明专利" after "专利申请总量"
 * becomes "发明专利申请量"; "授权量" after "专利申请量" becomes "专利授权量".
 */
export function completeName(name: string, previous: string | undefined): string {
  if (!previous) return name;
  const pm = measureOf(previous);
  const object = OBJECT_ENDINGS.find((o) => name.endsWith(o));
  // Only a real measure of the same object carries over (专利申请总量 → 发明专利申请量), not 总量.
  if (pm && object && previous.includes(object) && !measureOf(name) && pm !== "总量" && pm !== "数量") {
    return name + pm.replace("总量", "量");
  }
  const own = measureOf(name);
  if (own && name === own && pm) return previous.slice(0, previous.length - pm.length) + own;
  return name;
}

/** 专利申请 → 专利申请量: a subject ending with an action names its count. */
export function finishName(name: string): string {
  // "专利申请量目标值为500件": the indicator, not its target value.
  name = name.replace(/(?:目标值|目标任务|目标)$/, "") || name;
  // "命名健康村、健康社区共计60个": the total of what is named, not a thing called 共计.
  name = name.replace(/(?:共计|合计|总计)$/, "") || name;
  if (/(?:申请|授权|注册|登记)$/.test(name)) return name + "量";
  return name;
}

/**
 * Verbs of the work done that lead a name (开展知识产权培训, 培育高价值专利组合): the indicator is
 * the noun phrase after them. 新增/新建/新培育 stay — they tell new things from the total — and so
 * do verbs whose object is not what is counted (培训企业人员, 资助专利申请, 服务企业).
 */
const WORK_VERB =
  /^(?:开展|举办|组织|培育|引进|建成(?!区)|建设|打造|组建|创建|实施|建立|设立|完成|争创|布局|孵化|认定)(?=[\u4e00-\u9fff“"《])/;
/** What may not follow a dropped verb: another verb, or a word the verb turns into a noun. */
const NOT_NOUN = /^(?:和|及|与|并|或|了|的|一批|一些|人数|数量|工作|活动$)/;

export function dropWorkVerb(name: string): string {
  let rest = name;
  // "组织开展…", "引进和培育…": a run of such verbs goes as a whole.
  for (let guard = 0; guard < 4; guard++) {
    const m = WORK_VERB.exec(rest);
    if (!m) break;
    rest = rest.slice(m[0].length);
    const joined = /^(?:和|与|及|、|并)(?=开展|举办|组织|培育|引进|建成|打造|组建|创建|实施|建立|设立)/.exec(
      rest,
    );
    if (joined) rest = rest.slice(joined[0].length);
  }
  // "开展行动": too little is left to name anything.
  if (rest === name || rest.replace(/[“”"]/g, "").length < 3 || NOT_NOUN.test(rest)) return name;
  return rest;
}

function bigrams(s: string): string[] {
  const t = s.replace(/[\s()()《》“”"、,]/g, "");
  if (t.length < 2) return [t];
  const out: string[] = [];
  for (let i = 0; i < t.length - 1; i++) out.push(t.slice(i, i + 2));
  return out;
}

/** Dice coefficient of character bigrams, raised to 1 when one name contains the other. */
export function nameSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const ca = a.replace(/\s/g, "");
  const cb = b.replace(/\s/g, "");
  if (ca.length >= 2 && cb.length >= 2 && (ca.includes(cb) || cb.includes(ca))) return 0.9;
  const A = bigrams(a);
  const B = bigrams(b);
  const counts = new Map<string, number>();
  for (const g of A) counts.set(g, (counts.get(g) ?? 0) + 1);
  let common = 0;
  for (const g of B) {
    const n = counts.get(g) ?? 0;
    if (n > 0) {
      common++;
      counts.set(g, n - 1);
    }
  }
  return A.length + B.length === 0 ? 0 : (2 * common) / (A.length + B.length);
}
