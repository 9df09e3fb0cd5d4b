/**
 * Plan text → lines → sentences → clauses. Bullets (——, --, •) and numbering (1、 (一) 1. ①)
 * are stripped from the front of lines; headings are recognised so sections such as
 * "一、发展基础" (past figures) can be told from "二、目标任务".
 */

/** Full-width forms to ASCII (，→, ％→% １→1), CRLF → LF, ideographic spaces → spaces. */
export function normalizeText(s: string): string {
  return s
    .normalize("NFKC")
    .replace(/\r\n?/g, "\n")
    .replace(/[\u00a0\u2028\u2029]/g, " ");
}

export interface Line {
  /** The line without its bullet or numbering. */
  text: string;
  /** "一、" / "(一)" headings (level 1 / 2); 0 for other lines. */
  headingLevel: 0 | 1 | 2;
  /** The heading's own words ("发展基础"), up to its first full stop. */
  heading?: string;
}

const TOP_HEADING = /^[一二三四五六七八九十]{1,3}[、.]\s*/;
const SUB_HEADING = /^[((][一二三四五六七八九十]{1,3}[))]\s*/;
/** "第一章 发展回顾", "第二部分 …": chapters of a long plan are top sections too. */
const CHAPTER = /^第[一二三四五六七八九十]{1,3}[章篇]\s*/;
const OTHER_NUMBERING =
  /^(?:\d{1,2}[、.](?!\d)|[((]\d{1,2}[))]|[①-⑳]|第[一二三四五六七八九十]{1,3}[条章节部分][、,:]?)\s*/;
const BULLET = /^(?:——|--|—|-|•|·|●|○|■|□|▲|◆|\*)\s*/;

const TITLE_LIKE =
  /(?:方案|计划|规划|纲要|要点|意见|安排|任务书|责任书|目标|行动|工程|办法|细则|措施|通知|通报|公报|报告|汇报|总结)[))]?$/;
const STARTS_NEW =
  /^(?:[一二三四五六七八九十]{1,3}[、.]|[((][一二三四五六七八九十\d]{1,3}[))]|\d{1,2}[、.](?!\d)|[①-⑳]|——|--|-|•|·|●|第[一二三四五六七八九十]{1,3}[条章节]|附件|\d{4}\s*年\s*\d{1,2}\s*月)/;

/**
 * Lines broken inside a sentence (text copied from a PDF) are joined back: a line that does not
 * end a sentence and is long, or ends with a comma, continues on the next line unless that one
 * starts a new item. Titles, table rows and short labels stay on their own.
 */
export function joinBrokenLines(lines: string[]): string[] {
  const out: string[] = [];
  for (const raw of lines) {
    const t = raw.trim();
    const prev = out[out.length - 1];
    if (
      prev !== undefined &&
      t !== "" &&
      !STARTS_NEW.test(t) &&
      !/[\t|│]|\s{2,}/.test(prev) &&
      !/[\t|│]|\s{2,}/.test(t) &&
      !TITLE_LIKE.test(prev) &&
      !/^附件|表$/.test(prev) &&
      // A short numbered heading ("(一)提高知识产权创造质量") is a line of its own.
      !(
        prev.length <= 25 &&
        /^(?:[一二三四五六七八九十]{1,3}[、.]|[((][一二三四五六七八九十]{1,3}[))])/.test(prev)
      ) &&
      prev.length <= 2000 &&
      (/[,、]$/.test(prev) || (prev.length >= 12 && prev.length <= 300 && /[\u4e00-\u9fff0-9%]$/.test(prev)))
    ) {
      out[out.length - 1] = prev + t;
      continue;
    }
    out.push(t);
  }
  return out;
}

export function splitLines(text: string): Line[] {
  const out: Line[] = [];
  for (const raw of joinBrokenLines(text.split("\n"))) {
    let t = raw.trim();
    if (t === "") continue;
    let headingLevel: 0 | 1 | 2 = 0;
    let m = TOP_HEADING.exec(t) ?? CHAPTER.exec(t);
    if (m) headingLevel = 1;
    else {
      m = SUB_HEADING.exec(t);
      if (m) headingLevel = 2;
    }
    if (m) t = t.slice(m[0].length);
    else {
      // Bullets can stack with numbering: "-- 1. …".
      for (let k = 0; k < 2; k++) {
        const b = BULLET.exec(t) ?? OTHER_NUMBERING.exec(t);
        if (!b) break;
        t = t.slice(b[0].length);
      }
    }
    t = t.trim();
    if (t === "") continue;
    const line: Line = { text: t, headingLevel };
    if (headingLevel) {
      const stop = t.search(/[。.!?]/);
      line.heading = stop < 0 ? t : t.slice(0, stop);
    }
    out.push(line);
  }
  return out;
}

/** Sentences end at 。!?; (a 。 inside brackets or quotes still ends it: plans rarely nest). */
export function splitSentences(line: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === "。" || c === "!" || c === "?" || c === ";") {
      const s = line.slice(start, i + 1).trim();
      if (s.length > 1) out.push(s);
      start = i + 1;
    }
  }
  const rest = line.slice(start).trim();
  if (rest !== "") out.push(rest);
  return out;
}

export interface Clause {
  text: string;
  /** Offset in the sentence. */
  start: number;
}

/** Clauses end at , and : outside brackets (so 人(次) and (2018-2020年) stay whole). */
export function splitClauses(sentence: string): Clause[] {
  const out: Clause[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence[i];
    // Quotes are not counted: an unbalanced one (“4?26”) would swallow the rest of the sentence.
    if (c === "(" || c === "《" || c === "[" || c === "〔") depth++;
    else if ((c === ")" || c === "》" || c === "]" || c === "〕") && depth > 0) depth--;
    // "发明专利授权量:1500件" keeps its subject; "工作目标:到2020年…" is split.
    else if (depth === 0 && (c === "," || (c === ":" && !/[0-9]/.test(sentence[i + 1] ?? "")))) {
      out.push({ text: sentence.slice(start, i), start });
      start = i + 1;
    }
  }
  out.push({ text: sentence.slice(start), start });
  return out.filter((c) => c.text.trim() !== "");
}

/**
 * "国际会议、展会数量(其中国家级以上展会不少于3个)达到12个": a part stated in parentheses inside the
 * subject, before the total's own figure, is moved after it (…达到12个,其中国家级以上展会不少于3个) so
 * that the total keeps its subject (cand.inner-part). Only the clauses read change; items cite the
 * sentence as written.
 */
export function innerPartsAfter(sentence: string): string {
  if (!sentence.includes("(其中")) return sentence;
  return sentence.replace(
    /([^,;:。()\d]{1,40})\((其中[^()\d]{0,40}\d[^()]{0,40})\)([^,;:。()\d]{0,20}\d[^,;:。()]{0,20})/g,
    (_all, head: string, part: string, rest: string) => `${head}${rest},${part}`,
  );
}
