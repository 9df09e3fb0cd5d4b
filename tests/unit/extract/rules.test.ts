/** The reading rules, one sentence at a time. */
import { extractIndicators } from "../../../src/extract/extract";
import type { ExtractedIndicator } from "../../../src/extract/types";

function items(text: string): ExtractedIndicator[] {
  return extractIndicators(text).indicators;
}
function only(text: string): ExtractedIndicator {
  const r = items(text);
  expect(r).toHaveLength(1);
  return r[0];
}
const brief = (i: ExtractedIndicator) => [i.name, i.kind, i.comparator, i.value, i.unit];

describe("comparators", () => {
  test.each([
    ["专利申请量不低于500件。", ">="],
    ["专利申请量不少于500件。", ">="],
    ["专利申请量达到500件以上。", ">="],
    ["专利申请量达到500件。", ">="],
    ["专利申请量超过500件。", ">"],
    ["案件平均处理周期不超过30天。", "<="],
    ["案件平均处理周期控制在30天以内。", "<="],
    ["案件平均处理周期低于30天。", "<"],
    ["发明专利审查周期压减至16个月。", "<="],
    ["商标注册审查周期压缩为4个月。", "<="],
  ])("%s → %s", (text, cmp) => expect(only(text).comparator).toBe(cmp));

  test("突破 is ≥ flagged ambiguous with > as the alternative", () => {
    const i = only("专利申请总量突破400件。");
    expect([i.comparator, i.ambiguous, i.alternatives]).toEqual([">=", true, [">=", ">"]]);
  });

  test("力争 marks an aspiration, same number", () => {
    const i = only("万人发明专利拥有量力争达到12件。");
    expect([i.value, i.aspirational]).toEqual([12, true]);
  });

  test("力争 after the subject covers only its own clause", () => {
    const [a, b] = items("全市专利申请总量力争突破400件,增长率不低于25%。");
    expect([a.aspirational, b.aspirational]).toEqual([true, undefined]);
  });

  test("upper bounds are lowerIsBetter", () => {
    const i = only("专利侵权纠纷案件平均处理周期不超过60天。");
    expect([i.lowerIsBetter, i.unit]).toEqual([true, "天"]);
  });

  test("下降 is a fall of at least that much: positive, decrease, lowerIsBetter, with the base year", () => {
    const i = only("假冒专利案件发案率比2021年下降20%。");
    expect([...brief(i), i.lowerIsBetter, i.decrease, i.baseYear]).toEqual([
      "假冒专利案件发案率",
      "growth",
      ">=",
      0.2,
      "%",
      true,
      true,
      2021,
    ]);
  });

  test("零的突破 is a level of at least 1", () => {
    const i = only("PCT国外专利申请力争零的突破。");
    expect([...brief(i), i.aspirational]).toEqual(["PCT国外专利申请量", "level", ">=", 1, "件", true]);
  });
});

describe("kinds", () => {
  test("增长 is growth over the period", () => {
    expect(brief(only("发明专利申请量增长30%。"))).toEqual(["发明专利申请量", "growth", ">=", 0.3, "%"]);
  });
  test("年均增长 / 年均增幅 are cagr", () => {
    expect(brief(only("全市发明专利申请量年均增长10%以上。"))).toEqual([
      "发明专利申请量",
      "cagr",
      ">=",
      0.1,
      "%",
    ]);
    expect(only("实现专利申请量年均增幅25%以上。").kind).toBe("cagr");
  });
  test("比2010年增长两倍 is 3× with base year 2010", () => {
    const i = only("发明专利拥有量比2010年增长两倍。");
    expect([i.kind, i.value, i.baseYear]).toEqual(["multiple", 3, 2010]);
  });
  test("增长1倍 is 2×; 是2015年的2倍 is 2×", () => {
    expect(only("运营交易额比2020年增长1倍。").value).toBe(2);
    expect(only("运营交易额达到2015年的2倍。").value).toBe(2);
  });
  test("翻一番 is 2×, 翻两番 4×, 翻番 2×", () => {
    expect(only("PCT国际专利申请量实现翻一番。").value).toBe(2);
    expect(only("知识产权质押融资额翻两番。").value).toBe(4);
    expect(brief(only("高新技术企业数量实现翻番。"))).toEqual([
      "高新技术企业数量",
      "multiple",
      ">=",
      2,
      "倍",
    ]);
  });
  test("提高到 a percentage is a level, 提高 a percentage is growth", () => {
    expect(only("专利实施率提高到60%。").kind).toBe("level");
    expect(only("专利实施率提高10%。").kind).toBe("growth");
  });
});

describe("subjects", () => {
  test("分别 gives one target per subject", () => {
    const r = items("发明专利拥有量和专利国际申请量分别比2010年增长两倍。");
    expect(r.map(brief)).toEqual([
      ["发明专利拥有量", "multiple", ">=", 3, "倍"],
      ["专利国际申请量", "multiple", ">=", 3, "倍"],
    ]);
  });
  test("分别 pairs subjects with values, completing 授权量", () => {
    const r = items("专利申请量和授权量分别达到2万件和1.2万件。");
    expect(r.map(brief)).toEqual([
      ["专利申请量", "level", ">=", 2, "万件"],
      ["专利授权量", "level", ">=", 1.2, "万件"],
    ]);
  });
  test("a subject carries into the next clause and 其中 takes the parent's measure", () => {
    const r = items("全市专利申请总量达到400件,其中发明专利增长30%,数量不低于60件。");
    expect(r.map(brief)).toEqual([
      ["专利申请总量", "level", ">=", 400, "件"],
      ["发明专利申请量", "growth", ">=", 0.3, "%"],
      ["发明专利申请量", "level", ">=", 60, "件"],
    ]);
  });
  test("counted objects after a verb: 培育10家…", () => {
    expect(brief(only("培育10家知识产权优势企业。"))).toEqual(["知识产权优势企业", "level", ">=", 10, "家"]);
  });
  test("scope words are removed from names", () => {
    expect(only("到2020年,全市专利申请量达到500件。").name).toBe("专利申请量");
  });
});

describe("more subjects and verbs", () => {
  test("a bare measure shares the object without 分别: 专利申请量和授权量", () => {
    expect(items("专利申请量和授权量年均增长15%以上。").map(brief)).toEqual([
      ["专利申请量", "cagr", ">=", 0.15, "%"],
      ["专利授权量", "cagr", ">=", 0.15, "%"],
    ]);
  });
  test("由…的X提高到…的Y: X is the start value (historic), Y the target with its year", () => {
    const [from, to] = items("每万人口发明专利拥有量由2015年的1.12件提高到2020年的3件。");
    expect([from.value, from.historic, from.note]).toEqual([1.12, true, "起始值"]);
    expect([to.name, to.value, to.historic, to.targetYear]).toEqual([
      "每万人口发明专利拥有量",
      3,
      undefined,
      2020,
    ]);
  });
  test("a year before 达到 is not a duration", () => {
    expect(items("技术合同成交额年均增长15%,2020年达到50亿元。").map(brief)).toEqual([
      ["技术合同成交额", "cagr", ">=", 0.15, "%"],
      ["技术合同成交额", "level", ">=", 50, "亿元"],
    ]);
  });
  test("Chinese numerals after a counting verb", () => {
    expect(items("培育三家知识产权示范企业,建设两个知识产权工作站。").map(brief)).toEqual([
      ["知识产权示范企业", "level", ">=", 3, "家"],
      ["知识产权工作站", "level", ">=", 2, "个"],
    ]);
  });
  test("a second clause shares the 分别 list: 年均分别增长20%和15%", () => {
    expect(
      items("全市专利申请量和授权量分别达到3000件和1500件以上,年均分别增长20%和15%。").map(brief),
    ).toEqual([
      ["专利申请量", "level", ">=", 3000, "件"],
      ["专利授权量", "level", ">=", 1500, "件"],
      ["专利申请量", "cagr", ">=", 0.2, "%"],
      ["专利授权量", "cagr", ">=", 0.15, "%"],
    ]);
  });
  test("均在…以上, 达到或超过, 增速在…以上, and a bracketed restatement", () => {
    expect(items("专利申请量、授权量年均增长均在15%以上。").map(brief)).toEqual([
      ["专利申请量", "cagr", ">=", 0.15, "%"],
      ["专利授权量", "cagr", ">=", 0.15, "%"],
    ]);
    expect(brief(only("专利授权量达到或超过500件。"))).toEqual(["专利授权量", "level", ">=", 500, "件"]);
    expect(brief(only("发明专利授权量增速在10%以上。"))).toEqual([
      "发明专利授权量",
      "growth",
      ">=",
      0.1,
      "%",
    ]);
    expect(brief(only("培育知识产权示范企业5家以上(含5家)。"))).toEqual([
      "知识产权示范企业",
      "level",
      ">=",
      5,
      "家",
    ]);
  });
  test("大关, 倍增, a share after 以上的, and 从…的30家增加到50家", () => {
    const big = only("力争全年专利申请量突破5000件大关。");
    expect([...brief(big), big.aspirational, big.ambiguous]).toEqual([
      "专利申请量",
      "level",
      ">=",
      5000,
      "件",
      true,
      true,
    ]);
    expect(brief(only("实现发明专利授权量倍增。"))).toEqual(["发明专利授权量", "multiple", ">=", 2, "倍"]);
    expect(items("实施专利倍增计划。")).toEqual([]);
    expect(brief(only("推动全市50%以上的规上工业企业建立知识产权管理制度。"))).toEqual([
      "规上工业企业建立知识产权管理制度比例",
      "level",
      ">=",
      0.5,
      "%",
    ]);
    const [from, to] = items("知识产权服务机构数量从2020年的30家增加到50家。");
    expect([from.historic, from.year, to.value, to.historic]).toEqual([true, 2020, 50, undefined]);
  });
  test("a colon list keeps its subject", () => {
    expect(brief(only("发明专利授权量:1500件;"))).toEqual(["发明专利授权量", "level", ">=", 1500, "件"]);
  });
  test("每年 alone carries the subject of the clause before", () => {
    expect(only("县财政设立知识产权专项资金,每年不少于300万元。").name).toBe("县财政设立知识产权专项资金");
  });
  test("力争 before the subject covers the whole sentence", () => {
    expect(items("力争到2020年,全市专利申请量达到1000件,增长20%。").map((i) => i.aspirational)).toEqual([
      true,
      true,
    ]);
  });
  test("左右 is = and approximate", () => {
    const i = only("到2025年,专利密集型产业增加值占GDP比重达到13%左右。");
    expect([i.comparator, i.approximate, i.value]).toEqual(["=", true, 0.13]);
  });
  test("a task heading containing 基础 is not a past section", () => {
    expect(only("一、发展目标\n(三)夯实工作基础。建设知识产权工作站10个。").historic).toBeUndefined();
  });
});

describe("what is not a target", () => {
  test("prose numbers, counts of documents, incentives, deadlines and contacts give no target", () => {
    const text = [
      "某市知识产权工作方案(2021-2023年)",
      "围绕全市12个重点产业,聚焦5大领域。我市是全国25个试点城市之一,涉及10个部门。",
      "实施方案分为3个阶段。成立由10个部门组成的领导小组。",
      "制定出台知识产权政策文件不少于3个。根据上述5个文件精神。",
      "对获得中国专利金奖的企业给予50万元奖励。每件发明专利资助3000元。",
      "各县区于每季度末10日前报送进展,2021年3月底前完成摸底。",
      "领导小组办公室电话:0571-87051234,传真:87051235。",
      "附件:1.任务分工表 2.指标分解表(共3页)",
      "全市专利申请量比全省平均水平高5个百分点。",
    ].join("\n");
    expect(items(text)).toEqual([]);
  });
  test("目前 and 现有 figures are historic", () => {
    const r = items("目前全市专利实施率不足30%,全市现有规模以上工业企业1200家。");
    expect(r.map((i) => [i.name, i.value, i.historic])).toEqual([
      ["专利实施率", 0.3, true],
      ["规模以上工业企业", 1200, true],
    ]);
  });
  test("records of the past read as historic, with clean names", () => {
    const plan = "某市知识产权发展规划(2021-2025年)\n";
    const read = (t: string) => items(plan + t).map((i) => [i.name, i.kind, i.value, i.historic ?? false]);
    expect(read("近五年,全市专利申请量年均增长18%。")).toEqual([["专利申请量", "cagr", 0.18, true]]);
    expect(read("我市专利申请量连续三年保持20%以上的增长。")).toEqual([["专利申请量", "growth", 0.2, true]]);
    expect(read("上年度全市专利授权量同比增长15.6%。")).toEqual([["专利授权量", "growth", 0.156, true]]);
    expect(read("截至目前,全市拥有国家知识产权示范企业8家。")).toEqual([
      ["国家知识产权示范企业", "level", 8, true],
    ]);
    expect(read("全市已建成知识产权工作站15个。")).toEqual([["知识产权工作站", "level", 15, true]]);
    expect(read("“十三五”末,全市每万人口发明专利拥有量达到10.2件。")).toEqual([
      ["每万人口发明专利拥有量", "level", 10.2, true],
    ]);
  });
  test("weights of an assessment", () => {
    expect(items("将专利申请量等指标纳入年度考核,考核分值占5%。")).toEqual([]);
  });
  test("past statistics are historic", () => {
    const r = items("十二五期间,全市共申请专利1481件,比十一五增长291%。");
    expect(r.length).toBeGreaterThan(0);
    expect(r.every((i) => i.historic === true)).toBe(true);
  });
  test("a figure of a year before the plan period is historic", () => {
    const text =
      "威海市知识产权工作方案(2018-2020年)\n2017年,全市专利申请量3000件。到2020年,全市专利申请量达到5000件。";
    const r = items(text);
    expect(r.map((i) => [i.value, i.historic ?? false])).toEqual([
      [3000, true],
      [5000, false],
    ]);
  });
  test("past-section headings make their figures historic", () => {
    const r = items("一、发展基础\n全省专利授权量达到12.6万件。\n二、主要目标\n全省专利授权量达到20万件。");
    expect(r.map((i) => i.historic ?? false)).toEqual([true, false]);
  });
  test("document numbers, phone numbers, dates and links give nothing", () => {
    const text = [
      "威政办字〔2018〕23号",
      "2018年4月12日",
      "探索设立12330知识产权维权援助举报投诉电话。",
      "联系电话:0571-87051234",
      "- 2020-03-26国知发办字〔2020〕11号《关于开展2020年全国知识产权宣传周活动的通知》",
    ].join("\n");
    expect(items(text)).toEqual([]);
  });
  test("per-item incentives are not targets", () => {
    expect(items("对新获得中国驰名商标的企业,一次性奖励50万元;每件资助1万元。")).toEqual([]);
  });
  test("a repeated passage is reported once", () => {
    const s = "全市专利申请量达到500件,增长20%。";
    expect(items(`${s}\n${s}\n其他工作。${s}`)).toHaveLength(2);
  });
});

describe("lines broken inside sentences (text copied from a PDF)", () => {
  test("a broken sentence is joined; headings, titles and numbered items stay apart", () => {
    const text = [
      "东阳市专利工作三年行动计划(2019-2021年)",
      "一、行动目标",
      "到2021年,全市专利申请量力争达到",
      "3000件,年均增长15%以上,其中发明专利申请量",
      "占比达到25%。",
      "(一)提高知识产权创造质量",
      "建设省级高价值专利培育中心30个。",
    ].join("\n");
    const r = extractIndicators(text);
    expect(r.title).toBe("东阳市专利工作三年行动计划(2019-2021年)");
    expect(r.indicators.map((i) => [i.name, i.kind, i.value])).toEqual([
      ["专利申请量", "level", 3000],
      ["专利申请量", "cagr", 0.15],
      ["发明专利申请量占比", "level", 0.25],
      ["省级高价值专利培育中心", "level", 30],
    ]);
    expect(r.indicators[3].source).toBe("建设省级高价值专利培育中心30个。");
  });
  test("a side horizon does not re-date the annual plan's later targets", () => {
    const r = extractIndicators(
      "江北省2021年知识产权工作要点\n到2021年底,全省发明专利授权量达到2.6万件;到2022年,每万人口高价值发明专利拥有量达到9件。\n有效注册商标总量达到220万件。",
    );
    expect(r.indicators.map((i) => i.targetYear)).toEqual([2021, 2022, 2021]);
  });
});

describe("indicator tables", () => {
  test("rows separated by | or by spaces: the last year is the target, the base year a past figure", () => {
    const text = [
      "某市知识产权发展规划(2021-2025年)",
      "| 指标 | 2020年 | 2025年 | 属性 |",
      "| 1.有效发明专利拥有量(万件) | 1.2 | 2.5 | 预期性 |",
      "PCT国际专利申请量(件)    300     500    预期性",
      "专利侵权纠纷结案周期(天)  60  45  约束性",
      "到2025年,全市专利申请量达到10万件。",
    ].join("\n");
    expect(
      extractIndicators(text).indicators.map((i) => [
        i.name,
        i.value,
        i.unit,
        i.comparator,
        i.historic ?? false,
      ]),
    ).toEqual([
      ["有效发明专利拥有量", 1.2, "万件", ">=", true],
      ["有效发明专利拥有量", 2.5, "万件", ">=", false],
      ["PCT国际专利申请量", 300, "件", ">=", true],
      ["PCT国际专利申请量", 500, "件", ">=", false],
      ["专利侵权纠纷结案周期", 60, "天", "<=", true],
      ["专利侵权纠纷结案周期", 45, "天", "<=", false],
      ["专利申请量", 10, "万件", ">=", false],
    ]);
  });
});

describe("plan years and title", () => {
  test.each([
    ["威海市国家知识产权示范城市培育工作方案\n(2018-2020年)\n正文。", 2017, 2020],
    ["2012年达州市专利工作推进计划\n正文。", 2011, 2012],
    ["江南省“十三五”知识产权发展规划\n正文。", 2015, 2020],
    ["某市知识产权强市行动计划\n到2025年,专利申请量达到500件。按照“十四五”部署。", 2020, 2025],
  ])("%#", (text, base, target) => {
    const r = extractIndicators(text);
    expect([r.baseYear, r.targetYear]).toEqual([base, target]);
  });

  test("the title joins its period line", () => {
    expect(extractIndicators("威海市国家知识产权示范城市培育工作方案\n(2018-2020年)\n").title).toBe(
      "威海市国家知识产权示范城市培育工作方案(2018-2020年)",
    );
  });
});

describe("bad input", () => {
  test("empty, blank and English text give an empty result", () => {
    for (const t of [
      "",
      "   \n\n",
      "The quick brown fox jumps over 13 lazy dogs; revenue grew 20% to $5 million.",
    ]) {
      const r = extractIndicators(t);
      expect(r.indicators).toEqual([]);
    }
  });
  test("random characters give no crash", () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const alphabet = "0123456789万亿件%达到不低于增长倍翻番,。;、(()《》“”——分别其中力争突破年底比";
    let s = "";
    for (let k = 0; k < 20000; k++) s += alphabet[Math.floor(rnd() * alphabet.length)];
    const r = extractIndicators(s);
    for (const i of r.indicators) {
      expect(Number.isFinite(i.value)).toBe(true);
      expect(i.confidence).toBeGreaterThanOrEqual(0);
      expect(i.confidence).toBeLessThanOrEqual(1);
    }
  });
  test("a 2 MB text without punctuation is read", () => {
    const r = extractIndicators("专利".repeat(1_000_000) + "\n专利申请量达到500件。");
    expect(r.indicators.map((i) => i.value)).toEqual([500]);
  });
});
