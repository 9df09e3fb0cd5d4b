/**
 * Classes of errors seen on the second held-out set, each with short examples written for this
 * test (not taken from any fixture): shared head nouns in 分别 lists, counts after a counting verb,
 * money and beneficiary targets, scope words as subjects, policy parameters that are not targets,
 * percentage points and work verbs in names.
 */
import { extractIndicators } from "../../../src/extract/extract";
import { dropWorkVerb } from "../../../src/extract/names";
import { scanQuantities } from "../../../src/extract/numerals";
import type { ExtractedIndicator } from "../../../src/extract/types";

const TITLE = "某市知识产权工作方案(2026-2028年)";
const brief = (i: ExtractedIndicator) => [i.name, i.kind, i.comparator, i.value, i.unit];
/** The targets of a sentence under a heading of targets. */
const read = (...sentences: string[]) =>
  extractIndicators([TITLE, "二、主要目标", ...sentences].join("\n"))
    .indicators.filter((i) => !i.historic)
    .map(brief);

describe("分别 with subjects sharing one noun", () => {
  test("a head noun written once at the end goes to every subject", () => {
    expect(read("软件、动漫、创意设计行业著作权登记量分别达到500件、300件和200件。")).toEqual([
      ["软件行业著作权登记量", "level", ">=", 500, "件"],
      ["动漫行业著作权登记量", "level", ">=", 300, "件"],
      ["创意设计行业著作权登记量", "level", ">=", 200, "件"],
    ]);
  });

  test("two balances (…贷款余额和…贷款余额) that double are two indicators", () => {
    expect(read("科技贷款余额和绿色贷款余额力争较2023年末翻一番。").map((i) => [i[0], i[3]])).toEqual([
      ["科技贷款余额", 2],
      ["绿色贷款余额", 2],
    ]);
  });

  test("a paired modifier alone (城镇和农村…) takes what the last one qualifies", () => {
    expect(read("城镇和农村居民人均可支配收入分别增长6%和7%。")).toEqual([
      ["城镇居民人均可支配收入", "growth", ">=", 0.06, "%"],
      ["农村居民人均可支配收入", "growth", ">=", 0.07, "%"],
    ]);
  });

  test("a subject ending in 零部件 is not cut at 零", () => {
    expect(read("汽车零部件、电子信息产业发明专利申请量分别达到800件和600件。")).toEqual([
      ["汽车零部件产业发明专利申请量", "level", ">=", 800, "件"],
      ["电子信息产业发明专利申请量", "level", ">=", 600, "件"],
    ]);
  });

  test("a scope written once at the start goes to the later subjects", () => {
    expect(read("省级知识产权示范企业和优势企业分别达到15家和40家。")).toEqual([
      ["省级知识产权示范企业", "level", ">=", 15, "家"],
      ["省级知识产权优势企业", "level", ">=", 40, "家"],
    ]);
  });

  test("a subject with its own kind does not take the scope; objects of rights share the head", () => {
    expect(read("省级知识产权示范企业和商标品牌示范企业分别达到12家和25家。")).toEqual([
      ["省级知识产权示范企业", "level", ">=", 12, "家"],
      ["商标品牌示范企业", "level", ">=", 25, "家"],
    ]);
    expect(read("版权和商标质押融资额分别为2亿元和3亿元。")).toEqual([
      ["版权质押融资额", "level", ">=", 2, "亿元"],
      ["商标质押融资额", "level", ">=", 3, "亿元"],
    ]);
  });

  test("a bare level word takes the noun the last subject names", () => {
    expect(read("国家级和省级专利导航服务基地分别达到2个和6个。")).toEqual([
      ["国家级专利导航服务基地", "level", ">=", 2, "个"],
      ["省级专利导航服务基地", "level", ">=", 6, "个"],
    ]);
  });

  test("an owner written once goes to a measure without one; a complete measure takes no other", () => {
    expect(read("高新技术企业研发投入和有效发明专利拥有量分别年均增长10%和12%。")).toEqual([
      ["高新技术企业研发投入", "cagr", ">=", 0.1, "%"],
      ["高新技术企业有效发明专利拥有量", "cagr", ">=", 0.12, "%"],
    ]);
  });

  test("an object that ends where the shared head begins is not doubled", () => {
    expect(read("发明专利和实用新型专利授权量分别增长20%和10%。")).toEqual([
      ["发明专利授权量", "growth", ">=", 0.2, "%"],
      ["实用新型专利授权量", "growth", ">=", 0.1, "%"],
    ]);
  });
});

describe("counts after a counting verb, money and beneficiaries", () => {
  test("a Chinese numeral counts after 新增/打造/建成 + object", () => {
    expect(read("新增版权示范单位三家,打造商标品牌示范街区五个,建成专利导航服务站两个。")).toEqual([
      ["新增版权示范单位", "level", ">=", 3, "家"],
      ["商标品牌示范街区", "level", ">=", 5, "个"],
      ["专利导航服务站", "level", ">=", 2, "个"],
    ]);
  });

  test("a threshold inside the object qualifies it; the count is the target", () => {
    expect(read("打造年销售额超5亿元的区域公用品牌3个。")).toEqual([
      ["年销售额超5亿元的区域公用品牌", "level", ">=", 3, "个"],
    ]);
  });

  test("a Chinese numeral without a counting verb is still wording", () => {
    expect(read("统筹国内国际两个市场,用好三类资源。")).toEqual([]);
  });

  test("money targets: 突破, 翻一番, 线上年销售额 (线上 is not 上年)", () => {
    expect(
      read("知识产权质押融资金额突破20亿元,专利许可交易额翻一番,农产品线上年销售额达到5000万元以上。"),
    ).toEqual([
      ["知识产权质押融资金额", "level", ">=", 20, "亿元"],
      ["专利许可交易额", "multiple", ">=", 2, "倍"],
      ["农产品线上年销售额", "level", ">=", 5000, "万元"],
    ]);
  });

  test("beneficiaries and trainees are counted", () => {
    expect(read("质押融资惠及企业不少于200家;培训知识产权管理人员800人次。")).toEqual([
      ["质押融资惠及企业", "level", ">=", 200, "家"],
      ["培训知识产权管理人员", "level", ">=", 800, "人次"],
    ]);
  });

  test("a count named by its verb only takes its object from the clause before", () => {
    expect(read("组织专利代理师、企业知识产权专员培训,每年培训不少于300人次。")).toEqual([
      ["专利代理师等培训", "level", ">=", 300, "人次"],
    ]);
  });

  test("选派 counts people, up to the verb that follows them; 平均 is not 均 (each)", () => {
    expect(read("每年选派20名专利审查骨干参加业务研修,商标审查时限平均压缩20%。")).toEqual([
      ["选派专利审查骨干", "level", ">=", 20, "名"],
      ["商标审查时限平均", "growth", ">=", 0.2, "%"],
    ]);
  });

  test("新增 without its own object counts new ones of the thing just named", () => {
    expect(
      read("全市地理标志证明商标总数达到30件,新增6件;每年新增专利导航项目5项,三年累计新增15项。"),
    ).toEqual([
      ["地理标志证明商标总数", "level", ">=", 30, "件"],
      ["新增地理标志证明商标", "level", ">=", 6, "件"],
      ["每年新增专利导航项目", "level", ">=", 5, "项"],
      ["新增专利导航项目", "level", ">=", 15, "项"],
    ]);
  });

  test("由目前的N家增加到M家: N is the starting value, M the target", () => {
    const r = extractIndicators(
      [TITLE, "二、主要目标", "市内商标代理机构由目前的6家增加到10家。"].join("\n"),
    ).indicators;
    expect(r.map((i) => [i.name, i.value, i.historic ?? false])).toEqual([
      ["市内商标代理机构", 6, true],
      ["市内商标代理机构", 10, false],
    ]);
  });

  test("培育形成 counts what is formed; 形成一支队伍 does not", () => {
    expect(read("培育形成2至3个具有全国影响力的商标品牌,逐步形成一支高素质人才队伍。")).toEqual([
      ["具有全国影响力的商标品牌", "level", ">=", 2, "个"],
    ]);
  });

  test("a long subject is named from its last verb of work when nothing after it hangs on 的", () => {
    expect(read("聚焦集成电路、智能装备、新能源、现代农业等重点产业链建设专利导航服务基地4个。")).toEqual([
      ["专利导航服务基地", "level", ">=", 4, "个"],
    ]);
  });

  test("N%的 + entities is a share of them even without 以上; a growth rate's 的 is not", () => {
    expect(read("80%的专精特新企业建立知识产权管理制度;版权登记量保持年均增长12%的水平。")).toEqual([
      ["专精特新企业建立知识产权管理制度比例", "level", ">=", 0.8, "%"],
      ["版权登记量", "cagr", ">=", 0.12, "%"],
    ]);
  });

  test("是/达到<base year>的N倍 takes the year as the base, even the plan's base year", () => {
    const [i] = extractIndicators(
      [TITLE, "二、主要目标", "专利许可备案合同金额达到2025年的3倍。"].join("\n"),
    ).indicators;
    expect([...brief(i), i.historic, i.baseYear]).toEqual([
      "专利许可备案合同金额",
      "multiple",
      ">=",
      3,
      "倍",
      undefined,
      2025,
    ]);
  });

  test("a period after the subject (…每年不少于2份) is not part of its name", () => {
    expect(read("产业专利分析报告每年不少于3份。")).toEqual([["产业专利分析报告", "level", ">=", 3, "份"]]);
  });

  test("people trained in an activity just counted take its name", () => {
    expect(read("开展商标品牌培训12场次、培训900人次以上。")).toEqual([
      ["商标品牌培训", "level", ">=", 12, "场次"],
      ["商标品牌培训人次", "level", ">=", 900, "人次"],
    ]);
  });

  test("a bare scope (全市, 全省累计) names the total of the things just counted", () => {
    expect(read("新认定省级商标品牌示范企业12家,全省累计达到60家以上。")).toEqual([
      ["新认定省级商标品牌示范企业", "level", ">=", 12, "家"],
      ["省级商标品牌示范企业", "level", ">=", 60, "家"],
    ]);
  });

  test("a sub-heading that names a state to reach (成效更加显著) does not make its targets past", () => {
    expect(read("(一)保护成效更加显著。专利侵权纠纷调解成功率不低于85%。")).toEqual([
      ["专利侵权纠纷调解成功率", "level", ">=", 0.85, "%"],
    ]);
  });
});

describe("policy parameters are not targets", () => {
  test.each([
    "异议期为30日,公告期15个工作日。",
    "引导基金首期规模5亿元。",
    "每个企业每年资助不超过20件。",
    "单个项目奖补面积不超过500平方米。",
    "本办法所称规模以上企业,是指年主营业务收入2000万元以上的工业企业。",
    "县财政每年安排专项经费500万元。",
    "区财政每年安排800万元知识产权专项资金。",
    "申报企业应具有有效发明专利3件以上。",
    "申请认定的单位须成立满3年、年营业收入1000万元以上。",
    "区级奖补资金不超过设备投资额的20%。",
    "对侵权企业处5万元以上50万元以下罚款。",
    "专利代理机构年代理量达到200件以上的,给予奖励。",
    "资助资金实行总额控制,年度预算500万元。",
    "补贴标准为每年5万元。",
    "审核结果公示5个工作日。",
    // Rules applied to others and standards of a scheme.
    "普惠托育服务收费不高于当地同类托育机构平均收费水平的80%。",
    "对混装混运行为,一经查实,扣减当月作业经费的5%。",
    "中央和省级财政衔接资金用于产业发展的比例不低于60%。",
    "居民医保住院起付标准一级医院200元、二级医院500元、三级医院800元。",
    "入园项目投资强度不低于每亩300万元。",
    "按照县道每公里每年1万元、乡道每公里每年5000元的标准落实养护资金。",
    "乳儿班每班不超过10人。",
    "气象灾害预警信息发布时间原则上不超过10分钟。",
    "市财政设立新能源产业发展基金,规模50亿元。",
    "市财政设立职业教育高质量发展专项资金,每年安排5000万元。",
    "地区生产总值增速、固定资产投资增速等指标各占考核总分的10%。",
    "得分90分以上且排名靠前的,可评为好等次。",
    // Numbers inside straight quotes and grades are names.
    '推进政务服务"一件事一次办"。',
    '拓展"7×24小时"自助服务。',
    '实施高新技术企业"倍增"计划。',
  ])("%s → nothing", (text) => expect(read(text)).toEqual([]));

  test("a treasury's committed floor stays a target; the quoted name keeps its figure", () => {
    expect(read("市财政设立知识产权专项资金,每年不低于800万元。")).toEqual([
      ["市财政设立知识产权专项资金", "level", ">=", 800, "万元"],
    ]);
    expect(read('新增"一件事一次办"集成服务事项15项。')).toEqual([
      ["新增一件事一次办集成服务事项", "level", ">=", 15, "项"],
    ]);
  });

  test("targets next to them are still read", () => {
    expect(read("审查期限压缩至15个工作日,风险补偿资金池规模达到5000万元。")).toEqual([
      ["审查期限", "level", "<=", 15, "个工作日"],
      ["风险补偿资金池规模", "level", ">=", 5000, "万元"],
    ]);
  });
});

describe("percentage points", () => {
  test("个百分点 is a unit of its own, not 个", () => {
    expect(scanQuantities("提高0.5个百分点").map((q) => [q.value, q.unit])).toEqual([[0.5, "个百分点"]]);
  });

  test("提高N个百分点 is an increment of the rate; a comparison in points is not a target", () => {
    const [i, ...rest] = extractIndicators(
      [TITLE, "二、主要目标", "发明专利产业化率提高5个百分点,比全省平均高2个百分点。"].join("\n"),
    ).indicators;
    expect(rest).toEqual([]);
    expect([...brief(i), i.note]).toEqual([
      "发明专利产业化率",
      "increment",
      ">=",
      0.05,
      "个百分点",
      undefined,
    ]);
  });

  test("下降N个百分点 asks for a reduction at least that large", () => {
    const [i] = extractIndicators(
      [TITLE, "二、主要目标", "商标侵权案件发案率下降2个百分点。"].join("\n"),
    ).indicators;
    expect([...brief(i), i.lowerIsBetter, i.decrease]).toEqual([
      "商标侵权案件发案率",
      "increment",
      ">=",
      0.02,
      "个百分点",
      true,
      true,
    ]);
  });
});

describe("work verbs leave indicator names", () => {
  test.each([
    ["开展知识产权进企业活动", "知识产权进企业活动"],
    ["组织开展知识产权维权援助服务", "知识产权维权援助服务"],
    ["引进和培育知识产权高层次人才", "知识产权高层次人才"],
    ["建成国家级知识产权保护中心", "国家级知识产权保护中心"],
    // New things and selections keep their verb; so does a verb that is all there is.
    ["新增版权示范单位", "新增版权示范单位"],
    ["遴选重点企业", "遴选重点企业"],
    ["举办活动", "举办活动"],
    // 建成区 is a place, not 建成 + 区.
    ["建成区绿化覆盖率", "建成区绿化覆盖率"],
    ["培训知识产权管理人员", "培训知识产权管理人员"],
  ])("%s → %s", (name, want) => expect(dropWorkVerb(name)).toBe(want));
});

describe("evaluation reports", () => {
  test("an 评估报告 is a report: its figures and 完成规划目标的N% are past until it looks ahead", () => {
    const r = extractIndicators(
      [
        "某省商标品牌“十四五”规划实施中期评估报告",
        "一、总体进展",
        "截至2023年底,全省有效商标注册量达到80万件,完成规划目标的88.9%。",
        "二、下一步工作",
        "到2025年,确保全省有效商标注册量达到90万件。",
      ].join("\n"),
    );
    expect([r.title, r.baseYear, r.targetYear]).toEqual([
      "某省商标品牌“十四五”规划实施中期评估报告",
      2020,
      2025,
    ]);
    expect(r.indicators.map((i) => [i.value, i.historic ?? false])).toEqual([
      [80, true],
      [90, false],
    ]);
  });
});

describe("milestones of a year: stages, shares of the goal", () => {
  const PLAN = "某市2025年市场监管工作要点\n二、主要目标";
  const read = (s: string) =>
    extractIndicators(`${PLAN}\n${s}`).indicators.map((i) => [
      i.name,
      i.value,
      i.quarter,
      i.historic ?? false,
    ]);

  test("time.stage: each stage of a sentence keeps its own quarter", () => {
    expect(read("一季度完成城镇新增就业1400人,上半年完成全年任务的55%以上,前三季度完成80%以上。")).toEqual([
      ["城镇新增就业", 1400, 1, false],
      ["城镇新增就业全年任务完成比例", 0.55, 2, false],
      ["城镇新增就业全年任务完成比例", 0.8, 3, false],
    ]);
  });

  test("name.goal-share: 达到全年目标的60% is the share of the goal, named by its indicator", () => {
    expect(read("上半年新增贷款达到全年目标的60%。")).toEqual([["新增贷款全年目标完成比例", 0.6, 2, false]]);
  });

  test("month deadlines (6月底前) are times, not names; 完成投资的70% is a share of the investment", () => {
    expect(read("3月底前完成招标,6月底前开工率达到50%,9月底前完成投资的70%。")).toEqual([
      ["开工率", 0.5, 2, false],
      ["投资完成比例", 0.7, 3, false],
    ]);
  });

  test("name.milestone: a time alone names the indicator just stated, also across sentences", () => {
    expect(read("上半年完成水利投资的50%,前三季度完成80%。")).toEqual([
      ["水利投资完成比例", 0.5, 2, false],
      ["水利投资完成比例", 0.8, 3, false],
    ]);
    expect(read("上半年新增贷款达到全年目标的60%;前三季度达到85%。")[1]).toEqual([
      "新增贷款全年目标完成比例",
      0.85,
      3,
      false,
    ]);
  });
});

describe("years inside names", () => {
  test("time.year-qualifier: 2000年以前建成的小区 is a target of the plan's year, the year stays in the name", () => {
    const r = extractIndicators(
      "某市2025年城市更新行动计划\n二、主要目标\n开工改造城镇老旧小区150个,其中2000年以前建成的小区不少于120个;新增城市停车泊位1.5万个。",
    ).indicators;
    expect(r.map((i) => [i.name, i.value, i.historic ?? false])).toEqual([
      ["开工改造城镇老旧小区", 150, false],
      ["2000年以前建成的小区", 120, false],
      ["新增城市停车泊位", 1.5, false],
    ]);
  });
});

describe("target cells of a task table without years", () => {
  const TABLE = "某县2025年度乡镇实绩考核办法\n序号 | 考核指标 | 全县目标值 | 分值";
  const read = (row: string) => extractIndicators(`${TABLE}\n${row}`).indicators.map(brief);

  test("cmp.symbol: ≥ and ≤ in a cell are comparators", () => {
    expect(read("1 | 农村卫生厕所普及率 | ≥95% | 6")).toEqual([
      ["农村卫生厕所普及率", "level", ">=", 0.95, "%"],
    ]);
    expect(read("2 | 人均日生活垃圾清运量 | ≤1.05千克 | 6")).toEqual([
      ["人均日生活垃圾清运量", "level", "<=", 1.05, "千克"],
    ]);
  });

  test("name.carried-rate: a name cell ending in 增速 makes the figure a growth of the thing", () => {
    expect(read("4 | 农村居民人均可支配收入增速 | ≥7% | 10")).toEqual([
      ["农村居民人均可支配收入", "growth", ">=", 0.07, "%"],
    ]);
  });

  test("name.qualified-subject: a name cell whose only number qualifies it names the target cell", () => {
    expect(read("7 | 集体经济经营性收入10万元以上村占比 | ≥65% | 8")).toEqual([
      ["集体经济经营性收入10万元以上村占比", "level", ">=", 0.65, "%"],
    ]);
  });
});

describe("units", () => {
  test("cand.unit-prefix: 1.05千克 is 1.05 千克; GW, 块, 万元/人 and 吨标准煤/万元 are units", () => {
    const r = extractIndicators(
      [
        "某市2025年工作要点",
        "人均日生活垃圾清运量控制在1.05千克以内。",
        "新增光伏组件产能10GW,新建社会足球场地15块。",
        "全员劳动生产率达到52万元/人,单位工业增加值能耗低于0.35吨标准煤/万元。",
      ].join("\n"),
    ).indicators;
    expect(r.map((i) => [i.value, i.unit, i.comparator])).toEqual([
      [1.05, "千克", "<="],
      [10, "GW", ">="],
      [15, "块", ">="],
      [52, "万元/人", ">="],
      [0.35, "吨标准煤/万元", "<"],
    ]);
  });
});

describe("plan years", () => {
  const years = (lines: string[]) =>
    extractIndicators(lines.join("\n")).indicators.map((i) => [i.value, i.targetYear]);

  // Items without a year of their own are due in the plan's target year (left undefined).
  test("time.item-year: a year right before a figure's verb is that figure's year", () => {
    expect(
      years([
        "某区托育服务发展行动方案(2025—2027年)",
        "二、主要目标",
        "每千人口托位数达到5个,其中2025年达到4个、2026年达到4.5个。",
      ]),
    ).toEqual([
      [5, undefined],
      [4, 2025],
      [4.5, 2026],
    ]);
  });

  test("time.paragraph-year: a framing year after a paragraph's figures frames the rest of it only", () => {
    expect(
      years([
        "某市“十四五”节能减排综合工作方案",
        "三、重点工程",
        "(三)公共机构节能。人均综合能耗下降6%。到2023年,市级机关全部建成节约型机关。节约型机关达到50家。",
        "(四)交通节能。新建公共充电桩5000个。",
      ]),
    ).toEqual([
      [0.06, undefined],
      [50, 2023],
      [5000, undefined],
    ]);
  });

  test("time.phase-year: 2024年为启动实施阶段 frames the targets of that phase", () => {
    expect(
      years([
        "某市职业教育提质行动方案(2024—2026年)",
        "四、实施步骤",
        "(一)2024年为启动实施阶段。中等职业学校办学条件达标率达到85%。",
        "(二)2025年为全面推进阶段。中等职业学校办学条件达标率达到95%。",
      ]),
    ).toEqual([
      [0.85, 2024],
      [0.95, 2025],
    ]);
  });

  test("an editor's note after the title (节选, 摘要) leaves the title and its period", () => {
    const r = extractIndicators(
      [
        '菱州市"十四五"民政事业发展规划(节选)',
        "一、发展基础",
        '"十三五"期间,全市民政事业取得长足发展。',
        "二、主要目标",
        "村(居)务公开率保持100%。",
      ].join("\n"),
    );
    expect([r.title, r.baseYear, r.targetYear]).toEqual(['菱州市"十四五"民政事业发展规划', 2020, 2025]);
  });
});

describe("rates per population, codes and contained names", () => {
  const PLAN = "某市2025年安全生产工作要点\n二、主要目标";
  const read = (s: string) => extractIndicators(`${PLAN}\n${s}`).indicators.map(brief);

  test("cand.rate-per: 十万人口/亿元 rates without a unit; 十万人 is a denominator, not a count", () => {
    expect(
      read(
        "亿元地区生产总值生产安全事故死亡率控制在0.019以下,工矿商贸就业人员十万人生产安全事故死亡率控制在1.1以下。",
      ),
    ).toEqual([
      ["亿元地区生产总值生产安全事故死亡率", "level", "<=", 0.019, ""],
      ["工矿商贸就业人员十万人生产安全事故死亡率", "level", "<=", 1.1, ""],
    ]);
  });

  test("PM2.5和PM10平均浓度分别…: a code alone takes the measure after the last code", () => {
    expect(read("PM2.5和PM10平均浓度分别下降3%和5%。").map((i) => [i[0], i[3]])).toEqual([
      ["PM2.5平均浓度", 0.03],
      ["PM10平均浓度", 0.05],
    ]);
  });

  test("a short name inside a longer one (出口, 进出口总额) is another indicator, not a repeat", () => {
    expect(read("进出口总额同比增长8%以上。其中出口增长8%。").map((i) => i[0])).toEqual([
      "进出口总额",
      "出口",
    ]);
  });
});

describe("counts of work done", () => {
  const PLAN = "某市2025年安全生产工作要点\n二、重点任务";
  const read = (s: string) => extractIndicators(`${PLAN}\n${s}`).indicators.map(brief);

  test("cand.counted-work: 完成全市N家X + work names the count by the work", () => {
    expect(read("一季度末前完成全市1.2万家生产经营单位风险隐患排查。")).toEqual([
      ["生产经营单位风险隐患排查", "level", ">=", 1.2, "万家"],
    ]);
    expect(read("汛前完成全部48处水毁工程修复。")).toEqual([["水毁工程修复", "level", ">=", 48, "处"]]);
  });

  test("cand.counted-work: 为N名X提供服务 counts the people served", () => {
    expect(read("为不少于500名重度残疾人提供托养服务。")).toEqual([
      ["提供托养服务的重度残疾人", "level", ">=", 500, "名"],
    ]);
  });

  test("改造提升 commits to a count in Chinese numerals like the other counting verbs", () => {
    expect(read("改造提升村卫生室六个。")).toEqual([["改造提升村卫生室", "level", ">=", 6, "个"]]);
  });
});

describe("a total in the sentence after the new ones", () => {
  test("累计达到25个 after 新建…10个; is the total of the same things, due its own year", () => {
    const r = extractIndicators(
      [
        "某县养老服务体系建设行动方案(2024—2026年)",
        "二、工作目标",
        "到2024年底,新建社区养老服务站10个;到2025年底,累计达到25个。",
      ].join("\n"),
    ).indicators;
    expect(r.map((i) => [i.name, i.value, i.targetYear])).toEqual([
      ["新建社区养老服务站", 10, 2024],
      ["社区养老服务站", 25, 2025],
    ]);
  });
});

describe("plans of the year look ahead", () => {
  test("sections.plan-ahead: a task table before any heading states milestones, not progress", () => {
    const r = extractIndicators(
      [
        "某市2025年城建工作要点",
        "序号 | 重点任务 | 具体目标 | 牵头单位 | 完成时限",
        "1 | 老旧小区改造 | 改造老旧小区120个,一季度末前完成40%,上半年完成80% | 市住建局 | 2025年12月底前",
      ].join("\n"),
    ).indicators;
    expect(r.map((i) => [i.name, i.value, i.quarter, i.historic ?? false])).toEqual([
      ["改造老旧小区", 120, undefined, false],
      ["改造老旧小区完成比例", 0.4, 1, false],
      ["改造老旧小区完成比例", 0.8, 2, false],
    ]);
  });

  test("sections.plan-ahead: milestones under a task heading of a 工作要点 are targets; a 回顾 section stays past", () => {
    const r = extractIndicators(
      [
        "蒲川市2025年商务工作要点",
        "一、2024年工作回顾",
        "上半年,全市社会消费品零售总额增长5%。",
        "二、稳定外贸规模",
        "外贸进出口总额增长8%;上半年完成全年目标的48%;前三季度完成75%。",
      ].join("\n"),
    ).indicators;
    expect(r.map((i) => [i.name, i.value, i.quarter, i.historic ?? false])).toEqual([
      ["社会消费品零售总额", 0.05, undefined, true],
      ["外贸进出口总额", 0.08, undefined, false],
      ["外贸进出口总额全年目标完成比例", 0.48, 2, false],
      ["外贸进出口总额全年目标完成比例", 0.75, 3, false],
    ]);
  });
});

/**
 * Classes of errors seen on the fourth and fifth held-out sets (now development material), each
 * with short examples written for this test.
 */
describe("years of plans and stages (holdout4/holdout5 classes)", () => {
  test("a title written out as 第十四个五年规划 is the 十四五 period", () => {
    const r = extractIndicators(
      [
        "某县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要",
        "第一章 主要目标",
        "森林覆盖率达到48%。",
      ].join("\n"),
    );
    expect([r.baseYear, r.targetYear]).toEqual([2020, 2025]);
  });

  test("a stage heading that is only a year frames its paragraph, the next stage its own", () => {
    const r = extractIndicators(
      [
        "某市交通运输行动方案(2024—2026年)",
        "四、年度安排",
        "(一)2024年。完成交通固定资产投资190亿元。",
        "(二)2025年。完成交通固定资产投资200亿元。",
      ].join("\n"),
    );
    expect(r.indicators.map((i) => [i.value, i.targetYear])).toEqual([
      [190, 2024],
      [200, 2025],
    ]);
  });
});

describe("norms, policy figures and qualifiers (holdout4/holdout5 classes)", () => {
  test("a payment standard per student is a norm, the region's own figure beside it a target", () => {
    expect(read("落实生均公用经费,小学每生每年720元、初中每生每年940元,义务教育巩固率达到98%。")).toEqual([
      ["义务教育巩固率", "level", ">=", 0.98, "%"],
    ]);
  });

  test("a cap written with its noun (最高额度) and the face value of a voucher are policy figures", () => {
    expect(read("创业担保贷款个人最高额度30万元,新增创业担保贷款5亿元。").map((i) => i[3])).toEqual([5]);
    expect(
      read("发放文旅消费券,每张面值50元,发放消费券不超过800万元,接待游客达到600万人次。").map((i) => i[3]),
    ).toEqual([600]);
  });

  test("a threshold followed by the clause's own count qualifies the counted noun", () => {
    expect(read("新建或改扩建年出栏5000头以上的规模猪场6个。")).toEqual([
      ["新建或改扩建年出栏5000头以上的规模猪场", "level", ">=", 6, "个"],
    ]);
  });

  test("对…的 with a share describes the cases a rule applies to", () => {
    expect(read("对完成任务不足80%的乡镇予以约谈,造林成活率达到85%以上。").map((i) => i[3])).toEqual([0.85]);
  });

  test("units 人年 and 标箱 keep a paired list in order", () => {
    expect(read("港口货物吞吐量和集装箱吞吐量分别达到8500万吨和60万标箱。")).toEqual([
      ["港口货物吞吐量", "level", ">=", 8500, "万吨"],
      ["集装箱吞吐量", "level", ">=", 60, "万标箱"],
    ]);
    expect(read("每万名就业人员中研发人员数达到95人年。")).toEqual([
      ["每万名就业人员中研发人员数", "level", ">=", 95, "人年"],
    ]);
  });
});

describe("references and the past (holdout4/holdout5 classes)", () => {
  test("a figure right after a comparison with the nation's (高于全国5%左右的…) is a reference", () => {
    expect(
      read("地区生产总值增长6%左右,高于全国5%左右的经济增长预期目标。").map((i) => [i[0], i[3]]),
    ).toEqual([["地区生产总值", 0.06]]);
  });

  test("last year's sum as the base of a share (上年度…的60%) does not make the next sentence past", () => {
    expect(
      read("稳岗返还比例为上年度实际缴纳失业保险费的60%。社保经办业务网办率达到90%。").map((i) => [
        i[0],
        i[3],
      ]),
    ).toEqual([["社保经办业务网办率", 0.9]]);
  });
});

describe("comparators (holdout4/holdout5 classes)", () => {
  test("约 before a figure is =, as 左右 after it", () => {
    const [i] = extractIndicators([TITLE, "二、主要目标", "深度用云企业约2000家。"].join("\n")).indicators;
    expect([i.comparator, i.approximate]).toEqual(["=", true]);
  });

  test("a share of good days in a table is higher-is-better, heavy-pollution days are not", () => {
    const r = extractIndicators(
      [
        "某县“十四五”规划纲要",
        "指标 | 单位 | 2020年 | 2025年 | 属性",
        "空气质量优良天数比例 | % | 88.5 | 90 | 约束性",
        "重污染天数 | 天 | 6 | 3 | 约束性",
      ].join("\n"),
    );
    expect(
      r.indicators.filter((i) => !i.historic).map((i) => [i.name, i.comparator, i.lowerIsBetter ?? false]),
    ).toEqual([
      ["空气质量优良天数比例", ">=", false],
      ["重污染天数", "<=", true],
    ]);
  });
});

describe("counts and merging (holdout4/holdout5 classes)", () => {
  test("a count per 万台 without a unit is a rate", () => {
    expect(read("特种设备万台设备死亡人数控制在0.15以下。")).toEqual([
      ["特种设备万台设备死亡人数", "level", "<=", 0.15, ""],
    ]);
  });

  test("the count of a work done (完成全年300个…改造项目, 完成12个…规范化建设)", () => {
    expect(read("完成12个乡镇级饮用水水源保护区规范化建设。").map((i) => [i[0], i[3]])).toEqual([
      ["乡镇级饮用水水源保护区规范化建设", 12],
    ]);
  });

  test("places counted before what of each reaches a level (4个县(市、区)的县级医院达到…)", () => {
    expect(read("4个县(市、区)的县级医院达到三级医院服务能力。").map((i) => [i[0], i[3]])).toEqual([
      ["县级医院达到三级医院服务能力的县数", 4],
    ]);
  });

  test("a milestone of another year is not merged with the yearly target of the same size", () => {
    const r = extractIndicators(
      [
        "某市数字经济三年行动方案(2024—2026年)",
        "二、主要目标",
        "每年实施数字化改造项目300个以上。",
        "三、进度安排",
        "(一)明确2024年推进节点。前三季度,完成数字化改造项目220个;年底前,完成全年300个数字化改造项目。",
      ].join("\n"),
    );
    expect(r.indicators.map((i) => [i.value, i.targetYear])).toEqual([
      [300, undefined],
      [220, 2024],
      [300, 2024],
    ]);
  });
});

describe("holdout3 classes (development material)", () => {
  test("a list is not split at 、 inside brackets (县(市、区)…工作站和园区服务站点)", () => {
    expect(
      read("县(市、区)知识产权工作站和园区服务站点分别达到7个和20个。").map((i) => [i[0], i[3]]),
    ).toEqual([
      ["县(市、区)知识产权工作站", 7],
      ["园区服务站点", 20],
    ]);
  });

  test("the clauses after a condition on applicants are its parts", () => {
    expect(read("申报单位应具备固定服务场所,面积不少于100平方米,专职服务人员不少于3名。")).toEqual([]);
  });

  test("a threshold among the conditions of a noun (5000万元以上、拥有自主品牌的企业)", () => {
    expect(
      read("重点支持年销售收入5000万元以上、拥有自主品牌的企业申报,商标品牌示范企业达到20家。").map(
        (i) => i[3],
      ),
    ).toEqual([20]);
  });

  test("a count written with 一 after its noun is still a count", () => {
    expect(read("新增国家级技术与创新支持中心一家。").map((i) => i[3])).toEqual([1]);
  });
});

test("a scope before the first code of a 分别 list (中心城区PM10和PM2.5平均浓度) keeps the shared measure", () => {
  expect(
    read("中心城区PM10和PM2.5平均浓度分别控制在52微克/立方米和32微克/立方米以下。").map((i) => i[0]),
  ).toEqual(["中心城区PM10平均浓度", "PM2.5平均浓度"]);
});

describe("norms and names in dev-fields (extract3)", () => {
  test("an interval written with a number (每10分钟更新1次) is a frequency norm", () => {
    expect(read("短时临近预报产品每10分钟更新1次,预报准确率达到85%。").map((i) => i[3])).toEqual([0.85]);
  });

  test("how often each one holds an event (每季度…至少举办1场) is a frequency norm", () => {
    expect(read("全年举办专场招聘会30场以上,每季度各县(区)至少举办1场。").map((i) => i[3])).toEqual([30]);
  });

  test("once a year (每年至少开展1次) is a routine; 每年…不少于4次 stays a target", () => {
    expect(read("重点系统每年至少开展1次安全测评,检测覆盖率达到95%。").map((i) => i[3])).toEqual([0.95]);
    expect(read("每年开展专项执法行动不少于4次。").map((i) => i[3])).toEqual([4]);
  });

  test("每个乡镇至少设立1个 is a norm of provision; the region's total is the target", () => {
    expect(read("应急供应网点达到45个,每个乡镇至少设立1个。").map((i) => i[3])).toEqual([45]);
  });

  test("a rate of the region's work over a share (一次性办结率超过85%) is a target, not a policy ratio", () => {
    expect(read("服务热线接通率达到95%,一次性办结率超过85%。").map((i) => [i[2], i[3]])).toEqual([
      [">=", 0.95],
      [">", 0.85],
    ]);
  });

  test("the cases a rule applies to, ending their clause (对…超过定额10%的单位,由…约谈), are no target", () => {
    expect(read("对用能超过定额标准10%的单位,由主管部门约谈,节能率达到5%。").map((i) => i[3])).toEqual([
      0.05,
    ]);
  });

  test("须达到 a standard is a requirement", () => {
    expect(read("新上高耗能项目的能效水平须达到国家能效标准1级,单位能耗下降3%。").map((i) => i[3])).toEqual([
      0.03,
    ]);
  });

  test("十件民生实事 names a programme; the counts after it are targets", () => {
    expect(read("实施十件民生实事,新增公办幼儿园学位180个。").map((i) => i[3])).toEqual([180]);
  });

  test("a phase before the figure of a work (完成一期12万平方米科研用房建设)", () => {
    expect(read("完成一期12万平方米科研用房建设。")).toEqual([
      ["科研用房建设", "level", ">=", 12, "万平方米"],
    ]);
  });
});

describe("holdout7 classes (development material)", () => {
  test("每半年 is an interval too: how often each one is checked is a norm", () => {
    expect(read("消防设施每半年至少检测1次,火灾隐患整改率达到95%。").map((i) => i[3])).toEqual([0.95]);
  });

  test("the service radius of each centre (每个…服务半径不超过5公里) is a norm of provision", () => {
    expect(read("建成社区养老服务中心40个,每个中心服务半径不超过3公里。").map((i) => i[3])).toEqual([40]);
  });

  test("a fund sized as a share of another fund is an allocation, not a target", () => {
    expect(read("购买服务资金不低于年度救助资金的3%,救助对象满意率达到90%。").map((i) => i[3])).toEqual([
      0.9,
    ]);
  });

  test("全国 before a level (全国重点…, 全国和省级…) is a class of the region's things, not the nation's figure", () => {
    expect(read("全国重点和省级文物保护单位保护规划编制率达到90%。")).toEqual([
      ["全国重点和省级文物保护单位保护规划编制率", "level", ">=", 0.9, "%"],
    ]);
    // the nation's own figure stays a reference
    expect(read("全国发明专利拥有量达到400万件。")).toEqual([]);
  });

  test("after 其中, bare modifiers listed with 分别 each qualify the total", () => {
    expect(read("自来水普及率达到96%,其中城区、农村分别达到99%和93%。").map((i) => [i[0], i[3]])).toEqual([
      ["自来水普及率", 0.96],
      ["城区自来水普及率", 0.99],
      ["农村自来水普及率", 0.93],
    ]);
  });

  test("after 其中, a part of the things just counted may be counted in a Chinese numeral", () => {
    expect(read("建成示范站点20个,其中标准化站点五个。").map((i) => [i[0], i[3]])).toEqual([
      ["示范站点", 20],
      ["标准化站点", 5],
    ]);
    // without 其中, a numeral closing its list item after the noun is a count too (cand.numeral-closes)
    expect(read("建成示范站点20个,标准化站点五个。").map((i) => i[3])).toEqual([20, 5]);
  });

  test("a time before a rate's name stays in the name (72小时准时率)", () => {
    expect(read("快件72小时妥投率达到90%以上。")).toEqual([["快件72小时妥投率", "level", ">=", 0.9, "%"]]);
  });

  test("a fall of about a figure is = and approximate", () => {
    const r = extractIndicators([TITLE, "二、主要目标", "单位产值水耗下降3%左右。"].join("\n")).indicators;
    expect(r.map((i) => [i.kind, i.comparator, i.value, i.decrease, i.approximate])).toEqual([
      ["growth", "=", 0.03, true, true],
    ]);
  });

  test("the rise in points since the base year is kept beside the level", () => {
    expect(read("电子档案归档率提高到60%,比2025年提高12个百分点。")).toEqual([
      ["电子档案归档率", "level", ">=", 0.6, "%"],
      ["电子档案归档率", "increment", ">=", 0.12, "个百分点"],
    ]);
  });

  test("a table restating a target of the text gives a second item", () => {
    const text = [
      TITLE,
      "二、主要目标",
      "到2028年,档案数字化率达到90%。",
      "指标\t2025年\t2028年",
      "档案数字化率(%)\t70\t90",
    ];
    const r = extractIndicators(text.join("\n")).indicators.filter((i) => !i.historic);
    expect(r.map((i) => [i.name, i.value])).toEqual([
      ["档案数字化率", 0.9],
      ["档案数字化率", 0.9],
    ]);
  });
});

describe("holdout8 classes (development material)", () => {
  test("a doing verb inside the subject with a Chinese numeral after its object is a count", () => {
    expect(read("开发区新建标准化厂房三栋,举办招商推介会六场。").map((i) => [i[0], i[3], i[4]])).toEqual([
      ["开发区新建标准化厂房", 3, "栋"],
      ["招商推介会", 6, "场"],
    ]);
  });

  test("a Chinese numeral before its noun stays wording; closing the clause after it, it counts", () => {
    expect(read("统筹国内国际两个市场,做强三大产业。")).toEqual([]);
    expect(read("新开工大型水库两座、中型水库十五座。").map((i) => [i[0], i[3], i[4]])).toEqual([
      ["新开工大型水库", 2, "座"],
      ["中型水库", 15, "座"],
    ]);
  });

  test("pairs, trains, daily capacities and centimetres are units", () => {
    expect(read("新增结对帮扶城市4对以上,货运班列开行量达到800列。").map((i) => [i[3], i[4]])).toEqual([
      [4, "对"],
      [800, "列"],
    ]);
    expect(
      read("新增污水处理能力5万立方米/日,沉降监测精度提高到3厘米以内。").map((i) => [i[2], i[3], i[4]]),
    ).toEqual([
      [">=", 5, "万立方米/日"],
      ["<=", 3, "厘米"],
    ]);
  });

  test("对 and 列 that start a word are no units", () => {
    expect(read("开展1对1结对帮扶,将3列入重点项目库。")).toEqual([]);
  });
});

describe("holdout8 scopes, norms and times (development material)", () => {
  test("a scope in parentheses is no target", () => {
    expect(read("涉企收费事项(合计22项)全部纳入清单管理,清单公开率达到100%。").map((i) => i[3])).toEqual([1]);
  });

  test("all of a scope whose part is counted next is the scope; the part is a count", () => {
    expect(read("全县16个乡镇全部建成综合文化站,其中6个乡镇的文化站通过省级评估。").map((i) => i[3])).toEqual(
      [6],
    );
  });

  test("all of a scope without a part counted after it stays a count", () => {
    expect(read("7个县(区)全部建成数字化城管平台。").map((i) => i[3])).toEqual([7]);
  });

  test("where a subject is piloted, counted", () => {
    expect(read("到2027年,公共数据授权运营机制在4个县(区)试点建成。").map((i) => [i[3], i[4]])).toEqual([
      [4, "个"],
    ]);
  });

  test("the workload of each member or post is a norm", () => {
    expect(read("每名网格员每月走访群众不少于30名,每个社区年举办活动不少于12场。")).toEqual([]);
    expect(read("镇党委每年研究武装工作汇报不少于1次。")).toEqual([]);
  });

  test("a forecast that falls to a figure is no target", () => {
    expect(read("据市统计部门预测,2026年全镇户籍人口将减少至3.1万人左右。")).toEqual([]);
  });

  test("a finer resolution or precision is a smaller length", () => {
    expect(read("航空摄影分辨率优于0.1米。")).toEqual([["航空摄影分辨率", "level", "<=", 0.1, "米"]]);
  });

  test("a past tax year done in the plan year, under a milestone, is a target", () => {
    const r = extractIndicators(
      [TITLE, "二、主要目标", "一季度末前,完成2025年度企业所得税汇算清缴户数的60%。"].join("\n"),
    ).indicators;
    expect(r.map((i) => [i.value, i.quarter, i.historic])).toEqual([[0.6, 1, undefined]]);
  });
});

describe("holdout8 subjects (development material)", () => {
  test("a part in parentheses inside the subject leaves the total its subject", () => {
    expect(read("全县文体赛事数量(其中省级以上赛事不少于2项)达到20项。")).toEqual([
      ["文体赛事数量", "level", ">=", 20, "项"],
      ["省级以上赛事", "level", ">=", 2, "项"],
    ]);
  });

  test("one absolute count for a list sharing 数量 is a total; a doubling goes to each", () => {
    expect(read("新建口袋公园、街心绿地数量达到40个。").map((i) => i[0])).toEqual([
      "新建口袋公园、街心绿地数量",
    ]);
    expect(read("专精特新企业和瞪羚企业数量实现翻番。").map((i) => i[0])).toEqual([
      "专精特新企业数量",
      "瞪羚企业数量",
    ]);
  });

  test("two rates raised 同步 to one level are two items", () => {
    expect(read("污水收集率与再生水利用率同步提高到60%。").map((i) => [i[0], i[3]])).toEqual([
      ["污水收集率", 0.6],
      ["再生水利用率", 0.6],
    ]);
  });

  test("a tax rate a deduction is computed at is no target", () => {
    expect(read("科技型中小企业研发费用按100%加计扣除,政策落实率达到100%。").map((i) => i[0])).toEqual([
      "政策落实率",
    ]);
  });
});

describe("holdout9 classes (development material)", () => {
  test("开展/推出 inside the subject with a Chinese numeral after its object commits to the count", () => {
    expect(read("全年开展消防安全专项督查三轮,发现问题及时整改。")).toEqual([
      ["消防安全专项督查", "level", ">=", 3, "轮"],
    ]);
    expect(read("推出文明实践品牌活动八场。")).toEqual([["推出文明实践品牌活动", "level", ">=", 8, "场"]]);
  });

  test("已建 in front of a rate raised to a level names the existing stock, not a record", () => {
    expect(read("已建垃圾中转站达标运行率提升到95%。")).toEqual([
      ["已建垃圾中转站达标运行率", "level", ">=", 0.95, "%"],
    ]);
    expect(
      extractIndicators([TITLE, "二、主要目标", "已建成公园12个。"].join("\n")).indicators.every(
        (i) => i.historic,
      ),
    ).toBe(true);
  });

  test("a part in parentheses after the figure (其中…) is named without the parenthesis", () => {
    expect(read("乡村医生培训人数达到3000人(其中定向培养医学生不少于800人)。")).toEqual([
      ["乡村医生培训人数", "level", ">=", 3000, "人"],
      ["定向培养医学生", "level", ">=", 800, "人"],
    ]);
  });

  test("组建 counts the teams after it in 支; 支持 and 支部 stay words", () => {
    expect(read("组建8支乡村振兴志愿服务队。")).toEqual([["乡村振兴志愿服务队", "level", ">=", 8, "支"]]);
    expect(read("提供3支持续服务。")).toEqual([]);
  });

  test("a cap naming whom it is for, the next cap of its list and an allowed adjustment are policy", () => {
    expect(
      read("创业担保贷款最高额度为个人30万元、合伙企业200万元,退役军人可上调10%,贷款回收率达到98%。"),
    ).toEqual([["贷款回收率", "level", ">=", 0.98, "%"]]);
  });

  test("a ratio named …倍数 in a 倍 column or sentence is a level", () => {
    const t = [
      "某市金融发展规划(2026-2030年)",
      "二、主要目标",
      "指标 | 单位 | 2025年 | 2030年 | 属性",
      "再担保业务放大倍数 | 倍 | 1.8 | 3以上 | 预期性",
    ].join("\n");
    const items = extractIndicators(t).indicators.filter((i) => !i.historic);
    expect(items.map((i) => [i.name, i.kind, i.value, i.unit])).toEqual([
      ["再担保业务放大倍数", "level", 3, "倍"],
    ]);
    expect(read("农业信贷担保放大倍数达到5倍。")).toEqual([["农业信贷担保放大倍数", "level", ">=", 5, "倍"]]);
  });
});

describe("holdout10 classes (development material)", () => {
  test("a notice without a title line names its plan in 《》, which sets the period", () => {
    const r = extractIndicators(
      [
        "濂州市民政局关于印发《2026年全市福利彩票发行和公益金管理工作要点》的通知",
        "各县（市、区）民政局：",
        "二、工作目标",
        "筹集公益金不低于7.5亿元。",
      ].join("\n"),
    );
    expect([r.title, r.baseYear, r.targetYear]).toEqual([
      "2026年全市福利彩票发行和公益金管理工作要点",
      2025,
      2026,
    ]);
    expect(r.indicators.map((i) => [i.value, i.historic])).toEqual([[7.5, undefined]]);
  });

  test("a year long before the plan qualifying what is counted (2000年底前建成) dates nothing", () => {
    const t = [
      "某市城镇老旧小区改造行动方案(2026—2030年)",
      "二、目标任务",
      "第一阶段(2026—2027年):到2027年,完成2000年底前建成小区改造任务的80%;累计改造城镇老旧小区1000个左右。",
    ].join("\n");
    const items = extractIndicators(t).indicators;
    expect(items.map((i) => [i.value, i.historic, i.targetYear])).toEqual([
      [0.8, undefined, 2027],
      [1000, undefined, 2027],
    ]);
  });

  test("共计 after 力争 totals a commitment; without it, a record", () => {
    expect(read("力争命名“健康村”“健康社区”共计60个。").map((i) => [i[0], i[3]])).toEqual([
      ["命名健康村健康社区", 60],
    ]);
    const past = extractIndicators([TITLE, "二、主要目标", "全市命名健康村共计45个。"].join("\n")).indicators;
    expect(past.map((i) => i.historic)).toEqual([true]);
  });

  test("a magnitude closing the clause counts on its own, and 台次, 台(套), 类, 届 are units", () => {
    expect(read("微信公众号粉丝突破30万。").map((i) => [i[3], i[4]])).toEqual([[30, "万"]]);
    expect(read("全年检验检测设备9.2万台次,配备灭火装备600台(套)左右。").map((i) => [i[3], i[4]])).toEqual([
      [9.2, "万台次"],
      [600, "台(套)"],
    ]);
    expect(read("新增进场交易品类三类,举办数据开放创新应用大赛三届。").map((i) => [i[3], i[4]])).toEqual([
      [3, "类"],
      [3, "届"],
    ]);
  });

  test("each N units staffed with one more (每300户增配1名) is a norm", () => {
    expect(read("每个行政村至少配备1名保洁员,每300户增配1名,保洁覆盖率达到100%。")).toEqual([
      ["保洁覆盖率", "level", ">=", 1, "%"],
    ]);
  });
});

describe("holdout9 leftovers (development material)", () => {
  test("分别 with its subjects listed in the clause before names one target per member", () => {
    expect(read("围绕文旅、康养两大产业,分别签约重点项目6个和4个。").map((i) => [i[0], i[3]])).toEqual([
      ["文旅重点项目", 6],
      ["康养重点项目", 4],
    ]);
  });

  test("set-aside shares and contribution-rate policies are policy, not results", () => {
    expect(read("工程采购预留给中小企业的比例不低于35%,采购合同履约率达到98%。")).toEqual([
      ["采购合同履约率", "level", ">=", 0.98, "%"],
    ]);
    expect(read("继续执行3%—10%的企业年金缴费比例政策。")).toEqual([]);
  });

  test("a fund just named and then sized, and each account's yearly inspections, are not targets", () => {
    expect(read("设立人才发展专项资金,每年安排2000万元。")).toEqual([]);
    expect(read("每个公众号年度检查不少于2次,违规信息处置率达到100%。")).toEqual([
      ["违规信息处置率", "level", ">=", 1, "%"],
    ]);
  });
});

describe("holdout11 classes (development material)", () => {
  test("对已建… names the existing stock worked on, not a record", () => {
    expect(read("对已建排水管网开展全面排查,重点整治易涝点不少于40处;排查整改率保持100%。")).toEqual([
      ["重点整治易涝点", "level", ">=", 40, "处"],
      ["排查整改率", "level", ">=", 1, "%"],
    ]);
  });

  test("共计 with a comparator totals a commitment, named by the clause before", () => {
    expect(read("举办家政技能培训六期,共计不少于600人。").map((i) => [i[0], i[3], i[4]])).toEqual([
      ["家政技能培训", 6, "期"],
      ["家政技能培训", 600, "人"],
    ]);
  });

  test("a bare 年均 before a count is a level per year", () => {
    expect(
      read("五年改造农村公路不少于3000公里,年均600公里左右。").map((i) => [i[0], i[1], i[2], i[3]]),
    ).toEqual([
      ["五年改造农村公路", "level", ">=", 3000],
      ["年均改造农村公路", "level", "=", 600],
    ]);
  });

  test("an index or mean score has no unit; 站 counts stops", () => {
    expect(read("营商环境评价指数平均值不低于85,送戏下乡巡演不少于40站。").map((i) => [i[3], i[4]])).toEqual([
      [85, ""],
      [40, "站"],
    ]);
  });

  test("the noun after the last figure of a 分别 list is counted by each", () => {
    expect(read("山洪和地质灾害监测预警分别覆盖20个和45个乡镇。").map((i) => i[3])).toEqual([20, 45]);
  });

  test("a sentence opened by 据…预估 forecasts its figures", () => {
    expect(read("据市统计局预估,全市常住人口约为320万人。")).toEqual([]);
  });

  test("完成N个X(Y)…联网 counts the places connected", () => {
    expect(read("完成12个县(区)应急指挥平台联网。").map((i) => [i[3], i[4]])).toEqual([[12, "个"]]);
  });
});

describe("holdout12 classes (development material)", () => {
  test("现有… held under a ceiling is a target for the existing stock, not a record", () => {
    expect(read("现有失业人员数量控制在1200人以内;就业培训合格率保持在90%以上。")).toEqual([
      ["失业人员数量", "level", "<=", 1200, "人"],
      ["就业培训合格率", "level", ">=", 0.9, "%"],
    ]);
  });

  test("a rate's column of a region table needs no unit, and 左右 in a cell is about", () => {
    const t = [
      "某市2026年安全生产目标考核办法",
      "县（区） | 事故起数控制数（起） | 隐患整改率",
      "甲区 | ≤12 | ≥98%",
      "乙县 | ≤9 | 95%左右",
    ].join("\n");
    const items = extractIndicators(t).indicators;
    expect(items.map((i) => [i.name, i.comparator, i.value, i.unit, i.approximate])).toEqual([
      ["甲区事故起数控制数", "<=", 12, "起", undefined],
      ["甲区隐患整改率", ">=", 0.98, "%", undefined],
      ["乙县事故起数控制数", "<=", 9, "起", undefined],
      ["乙县隐患整改率", "=", 0.95, "%", true],
    ]);
  });

  test("下降N% in a table's target or 年均增长 cell is a fall", () => {
    const t = [
      "某市节能降碳规划(2026—2030年)",
      "指标 | 单位 | 2025年 | 2030年 | 年均增长 | 属性",
      "单位产值能耗 | 吨标准煤/万元 | 0.42 | 下降15% | — | 约束性",
      "工业固废填埋率 | % | 12 | ≤8 | 下降8% | 预期性",
    ].join("\n");
    const items = extractIndicators(t).indicators.filter((i) => !i.historic);
    expect(items.map((i) => [i.name, i.kind, i.value, i.decrease])).toEqual([
      ["单位产值能耗", "growth", 0.15, true],
      ["工业固废填埋率", "level", 0.08, undefined],
      ["工业固废填埋率", "cagr", 0.08, true],
    ]);
  });

  test("the size of each unit just counted, each member's workload and hours are norms; 件套 is a unit", () => {
    expect(
      read("组建志愿服务队6支,每队不少于20人;补充防汛物资不少于300件套。").map((i) => [i[3], i[4]]),
    ).toEqual([
      [6, "支"],
      [300, "件套"],
    ]);
    expect(read("每名联络员走访企业不少于12家,每名调解员每年参加培训不少于24学时。")).toEqual([]);
  });

  test("一次性 before a product names the product, not a one-off payment", () => {
    expect(read("一次性餐具使用量比上年下降20%。").map((i) => [i[0], i[1], i[3]])).toEqual([
      ["一次性餐具使用量", "growth", 0.2],
    ]);
  });
});
