import { inBaseUnit, parseChineseNumeral, scanQuantities, unitScale } from "../../../src/extract/numerals";

describe("parseChineseNumeral", () => {
  test.each([
    ["三", 3],
    ["十", 10],
    ["十二", 12],
    ["二十", 20],
    ["两", 2],
    ["三千五百", 3500],
    ["一万二千", 12000],
    ["二〇一二", 2012],
    ["一百零五", 105],
  ])("%s → %d", (s, v) => expect(parseChineseNumeral(s)).toBe(v));

  test("magnitude words alone are not numbers (万人, 百项)", () => {
    expect(parseChineseNumeral("万")).toBeUndefined();
    expect(parseChineseNumeral("百")).toBeUndefined();
  });
});

function one(s: string) {
  const q = scanQuantities(s);
  expect(q).toHaveLength(1);
  return q[0];
}

describe("scanQuantities", () => {
  test.each([
    ["达到400件", 400, "件"],
    ["0.5万件", 0.5, "万件"],
    ["7.8亿元", 7.8, "亿元"],
    ["7000万元", 7000, "万元"],
    ["60人(次)", 60, "人(次)"],
    ["300人次", 300, "人次"],
    ["25%", 0.25, "%"],
    ["两倍", 2, "倍"],
    ["一番", 1, "番"],
    ["三项", 3, "项"],
    ["十家", 10, "家"],
    ["1,200件", 1200, "件"],
    ["3个工作日", 3, "个工作日"],
    ["4个月", 4, "个月"],
    ["85分", 85, "分"],
    ["1.5万人", 1.5, "万人"],
    ["5‰", 0.005, "‰"],
    ["35微克/立方米", 35, "微克/立方米"],
    ["存栏120万头", 120, "万头"],
    ["人均预期寿命79岁", 79, "岁"],
    ["抽检3000批次", 3000, "批次"],
    ["反应时间12分钟", 12, "分钟"],
    ["达到三级", 3, "级"],
    ["医护比达到1∶1.2", 1.2, "比"],
    ["孕产妇死亡率10/10万", 10, "/10万"],
    ["城乡居民收入比缩小到2.3", 2.3, ""],
    ["人均综合能耗控制在126千克标准煤以下", 126, "千克标准煤"],
    ["单位建筑面积能耗为9.8千克标准煤/平方米", 9.8, "千克标准煤/平方米"],
    ["储备帐篷达到800顶", 800, "顶"],
    ["人均参加业务培训不少于40学时", 40, "学时"],
    ["审计数据分析平台新接入数据超过2TB", 2, "TB"],
    ["开展统计执法检查4轮", 4, "轮"],
    ["每年接收进馆档案不少于8万卷(件)", 8, "万卷(件)"],
    ["采集文物数字化数据6万件(套)", 6, "万件(套)"],
    ["抢救修复重点破损档案超过3.5万页", 3.5, "万页"],
    ["新增智能快件箱(信包箱)2000组", 2000, "组"],
  ])("%s → %d %s", (s, value, unit) => {
    const q = one(s);
    expect([q.value, q.unit, q.approximate]).toEqual([value, unit, false]);
  });

  test("组 and 轮 that start a word are no unit (5组织, 2轮换), nor a document's 共3页 or 新一轮", () => {
    expect(scanQuantities("第5组织部门")).toEqual([]);
    expect(scanQuantities("干部2轮换岗")).toEqual([]);
    expect(scanQuantities("附件:指标分解表(共3页)")).toEqual([]);
    expect(scanQuantities("实施新一轮农村电网改造")).toEqual([]);
  });

  test("30余亿元 is about 3e9, approximate", () => {
    const q = one("达到30余亿元");
    expect([q.value, q.unit, q.baseUnit, q.approximate]).toEqual([30, "亿元", "元", true]);
  });

  test("3000多家 and 1万余件 are approximate", () => {
    expect([one("3000多家").value, one("3000多家").approximate]).toEqual([3000, true]);
    expect([one("1万余件").value, one("1万余件").approximate]).toEqual([1, true]);
  });

  test("magnitudes are kept as written and compare in their base unit", () => {
    expect(inBaseUnit(7.8, "亿元")).toEqual({ value: 780000000, unit: "元" });
    expect(inBaseUnit(2.5, "万件")).toEqual({ value: 25000, unit: "件" });
    expect(inBaseUnit(12, "件")).toEqual({ value: 12, unit: "件" });
    expect(unitScale("万人次")).toEqual({ baseUnit: "人次", scale: 1e4 });
  });

  test("每10万人口 is the denominator of a name, not a figure; 8:30 is not a ratio", () => {
    expect(scanQuantities("每10万人口刑事案件")).toEqual([]);
    expect(scanQuantities("上午8:30开始")).toEqual([]);
  });

  test("5到7家 is a range from 5", () => {
    const q = one("选定5到7家企业");
    expect([q.value, q.range, q.unit]).toEqual([5, [5, 7], "家"]);
  });

  test.each([
    "威政办字〔2018〕23号",
    "2018年4月12日",
    "二〇一二年三月六日",
    "设立12330知识产权维权援助举报投诉电话",
    "(2018-2020年)",
    "第三次党代会",
    "构建“5+10+10”知识产权服务体系",
    "万人发明专利拥有量",
    "百项关键核心技术",
    "一次性奖励",
    "维持年限超过10年",
    "2020-03-26",
  ])("no quantity in %s", (s) => expect(scanQuantities(s)).toEqual([]));

  test("positions cover number and unit", () => {
    const s = "专利申请量达到500件以上";
    const q = one(s);
    expect(s.slice(q.start, q.end)).toBe("500件");
  });
});
