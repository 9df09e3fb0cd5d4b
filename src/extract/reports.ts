/**
 * Progress reports inside notices and plans: figures already reached (上半年…, 1—9月…, 均提前完成
 * 年度目标, 全年实现…同比增长…) are past figures, not targets. A target looks ahead (力争, 确保,
 * 到2025年, 不低于 …); a report states what happened in a period that has run.
 */

/** Words that commit to a figure: with them a sentence states a target. */
const COMMIT = /力争|确保|争取|预计|努力|计划|目标|到\s*\d{4}\s*年/;
/** Comparator words, which annual plans use with 同比 (全年…不少于45件,同比增长12%). */
const BOUND = /不低于|不少于|不超过|以上|以内|超过|突破|达到|提高到|提升至|提高至/;

/** A part of the year that has run: 上半年, 前三季度, 一季度, 1—6月, 1至9月. */
const RUN_PERIOD =
  /上半年|前三季度|(?:第?[一二三四1-4])季度|(?:^|[^\d])1\s*[-—–~至到]\s*(?:[2-9]|1[0-2])\s*月(?:份)?/;

/**
 * A goal reported as met: 提前完成, 超额完成, 已完成年度目标 (but not "已完成贯标的企业", a
 * qualifier of the figure's subject).
 */
const ACHIEVED =
  /完成(?:年度|全年|规划|计划|既定)?(?:目标|任务)(?:任务)?(?:值)?的\s*\d|提前完成|超额完成|(?:均已|均|已经|已|全面|圆满)完成了?(?:年度|全年|全部|各项|既定|规划|计划|“十[一二三四五]五”规划)?的?(?:目标|任务|指标)|完成了/;

/** A goal reported as met in so many words (提前完成, 已完成年度目标), not a share of it to reach. */
const ACHIEVED_MET =
  /提前完成|超额完成|(?:均已|均|已经|已|全面|圆满)完成了?(?:年度|全年|全部|各项|既定|规划|计划|“十[一二三四五]五”规划)?的?(?:目标|任务|指标)|完成了/;

/** 已 + a verb of result, with its figure: 已认定示范企业12家 (not 已认定的企业, a qualifier). */
const ALREADY =
  /已(?:培育|认定|获得|获批|建成|形成|实现|累计|拥有|完成|备案|登记|授权|申请|突破|超过|引进|设立)(?![^,;。]{0,12}的)/;

/** Whether one clause states a figure already reached (已认定…12家). */
export function isAchievedClause(clause: string): boolean {
  return ALREADY.test(clause) && !/力争|确保|争取|预计/.test(clause);
}

/** 全年实现知识产权质押融资52.3亿元,同比增长20% (no 力争, 不低于 …): 实现 a figure, compared with the year before. */
const REALISED = /实现[^,;。]{0,30}\d/;
const YEAR_ON_YEAR = /同比(?:增长|下降|提高|减少)/;

/**
 * Whether a whole sentence reports figures already reached. `sentence` is one sentence; the
 * checks are single passes over it. `ahead`: the sentence is under a heading of targets or tasks.
 */
export function isReportSentence(sentence: string, ahead = false): boolean {
  // Under 主要目标 or 重点任务, "上半年完成全年目标的48%" is a milestone to reach, not a goal met.
  const achieved = ahead ? ACHIEVED_MET.test(sentence) : ACHIEVED.test(sentence);
  if (achieved) return !/力争|确保|争取|预计|努力/.test(sentence);
  // Under 主要目标 or 重点任务, "上半年…达到", "全年实现…,同比增长…" are how targets are worded.
  if (ahead) return false;
  if (RUN_PERIOD.test(sentence)) return !COMMIT.test(sentence);
  return (
    REALISED.test(sentence) && YEAR_ON_YEAR.test(sentence) && !COMMIT.test(sentence) && !BOUND.test(sentence)
  );
}

/** Headings of a report section: 2024年工作完成情况, 上半年工作进展, 目标任务执行情况. */
export function isReportHeading(heading: string, planBase: number | null): boolean {
  if (/完成情况|执行情况|落实情况|进展情况|工作进展|工作总结/.test(heading)) return true;
  if (RUN_PERIOD.test(heading) && !/目标|任务|计划|安排|打算/.test(heading)) return true;
  const y = /(\d{4})\s*年/.exec(heading);
  return (
    y !== null &&
    planBase !== null &&
    Number(y[1]) <= planBase &&
    /工作|情况|成效|回顾/.test(heading) &&
    !/目标|任务|计划|要点|安排|打算/.test(heading)
  );
}

/**
 * "全国和省级文物保护单位…", "全国重点文物保护单位…": 全国 is the level of the entities named, not
 * the nation's figure (time.reference-level).
 */
export function isNationalLevel(subjectZone: string): boolean {
  return /^[\s,,]*(?:(?:到|截至)?\d{4}\s*年(?:底|末)?[\s,,]*)?全国(?:[和、及与]|以及)?(?:省级|市级|县级|重点)/.test(
    subjectZone,
  );
}

/**
 * "全国每万人口发明专利拥有量达到15.8件": a national figure quoted for comparison, not the
 * region's target. A national title of a local unit (全国版权示范单位) is still counted locally.
 */
export function isNationalReference(subjectZone: string, name: string): boolean {
  // "高于全国5%左右的经济增长预期目标": the figure right after a comparison with the nation's.
  if (/(?:高于|低于|超过|快于|慢于|好于|优于)(?:全国|全球|国家)(?:平均)?(?:水平)?$/.test(subjectZone.trim()))
    return true;
  if (isNationalLevel(subjectZone)) return false;
  return (
    /^[\s,,]*(?:(?:到|截至)?\d{4}\s*年(?:底|末)?[\s,,]*)?(?:从全国看|全国范围内|全国平均|全国|全球|世界)/.test(
      subjectZone,
    ) &&
    /(?:量|额|率|数|水平|总值|规模|平均)$/.test(name) &&
    !/示范|优势|百强|驰名|知名|试点|先进/.test(name)
  );
}

/** The title of a progress report: 关于上半年知识产权工作情况的通报, 2025年知识产权工作总结. */
export function isReportTitle(line: string): boolean {
  return (
    line.length <= 60 &&
    !/[。;]/.test(line) &&
    /(?:(?:情况|进展|成效)的?(?:通报|报告|汇报)|工作总结|(?:完成|进展|执行)情况|评估报告|自评报告|自查报告|统计公报)$/.test(
      line,
    )
  );
}

/** A line that turns a report to what comes next: 下半年…, 下一步…, 2026年工作安排. */
export function isLookAhead(line: string): boolean {
  return /^(?:下半年|下一步|明年|今后|(?:\d{4}\s*年)?(?:主要)?(?:工作)?(?:目标|安排|计划|打算|思路|重点工作))/.test(
    line,
  );
}
