/**
 * The bulletin model against the forms' own numbers: the returned forms are built with the real
 * distribute code and consolidated; every completion, gap, rank and named county is checked
 * against values computed here from the inputs the counties typed (scenario.ts VALUES).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { consolidate, type Consolidation } from "../../../src/collect/consolidate";
import { consolidationXlsx } from "../../../src/collect/xlsxCollect";
import { serialFromIso } from "../../../src/core/excelDate";
import { buildBulletin, BulletinError, type Bulletin } from "../../../src/bulletin/model";
import { bulletinInput } from "../../../src/bulletin/fromSummary";
import {
  dateText,
  percentText,
  quarterOf,
  tenthsOfPercent,
  tenthsText,
  valueText,
} from "../../../src/bulletin/format";
import { chineseNumber, workName } from "../../../src/bulletin/text";
import {
  AS_OF,
  BULLETIN_PLAN,
  MISSING,
  REGIONS,
  REJECTED,
  VALUES,
  buildBulletinScenario,
  removeBulletinScenarios,
} from "./scenario";

afterAll(removeBulletinScenarios);

describe("numbers as officials write them", () => {
  it("rounds completion half away from zero on the decimal value", () => {
    expect(tenthsOfPercent(0.4995)).toBe(500); // 0.4995 is 0.49949999… in binary
    expect(tenthsOfPercent(0.5325)).toBe(533);
    expect(tenthsOfPercent(99.9 / 200)).toBe(500);
    expect(tenthsOfPercent(-0.0005)).toBe(-1);
    expect(tenthsOfPercent(182 / 366)).toBe(497);
    expect(percentText(2 / 3)).toBe("66.7%");
    expect(percentText(0)).toBe("0.0%");
    expect(tenthsText(-5)).toBe("-0.5");
    expect(valueText(265.9000000001, "件")).toBe("265.9");
    expect(valueText(0.95, "%")).toBe("95.0%");
  });

  it("dates and quarters as documents write them", () => {
    const d = serialFromIso("2024-07-05")!;
    expect(dateText(d, "zh")).toBe("2024年7月5日");
    expect(dateText(d, "en")).toBe("5 July 2024");
    expect(quarterOf(serialFromIso("2024-06-30")!)).toBe(2);
    expect(quarterOf(serialFromIso("2024-10-01")!)).toBe(4);
    expect([1, 10, 12, 25].map(chineseNumber)).toEqual(["一", "十", "十二", "二十五"]);
  });

  it("names the work from the plan's title", () => {
    expect(workName("2024年专利工作推进计划", "zh")).toBe("专利工作");
    expect(workName("2012年达州市专利工作推进计划", "zh")).toBe("达州市专利工作");
    expect(workName("2021-2025年知识产权发展规划", "zh")).toBe("知识产权工作");
    expect(workName("科技创新实施方案(2024年)", "zh")).toBe("科技创新工作");
  });
});

describe("the bulletin of a 10-county, 6-indicator round with one missing and one rejected county", () => {
  let c: Consolidation;
  let b: Bulletin;
  const tp = 182 / 366; // 2024-06-30, a leap year
  const tpTenths = 497;

  beforeAll(async () => {
    const s = await buildBulletinScenario();
    c = await consolidate(
      s.files.map((f) => ({ name: f, bytes: readFileSync(join(s.dir, f)) })),
      BULLETIN_PLAN,
    );
    b = buildBulletin(c, { issuer: "某市知识产权局", date: serialFromIso("2024-07-10")! });
  });

  it("takes its date, quarter and 序时进度 from the forms", () => {
    expect(b.asOf).toBe(serialFromIso(AS_OF));
    expect(b.timeProgress).toBeCloseTo(tp, 12);
    expect(b.title).toBe("关于2024年第二季度专利工作进展情况的通报");
    expect(b.addressee).toBe("各县(市)区知识产权局:");
    expect(b.dateText).toBe("2024年7月10日");
    expect(b.counts).toEqual({ regions: 10, reported: 8, missing: [MISSING], rejected: [REJECTED] });
    expect(b.intro).toContain("序时进度为49.7%");
    expect(b.intro).toContain(`${MISSING}未报送`);
    expect(b.intro).toContain(`${REJECTED}报送的表格未通过审核`);
  });

  it("states each county's completion, gap and rank from the typed values; ties share a rank", () => {
    const reported = REGIONS.filter((r) => r !== MISSING && r !== REJECTED);
    BULLETIN_PLAN.indicators.forEach((ind, i) => {
      const s = b.sections[i];
      const byTime = !(ind.lowerIsBetter || ind.unit === "%");
      expect(s.judgedAgainst).toBe(byTime ? "time" : "target");
      const written = new Map<string, number>();
      for (const region of reported) {
        const [t, a] = VALUES[REGIONS.indexOf(region)][i] as (number | null)[];
        if (t === null || a === null) continue;
        written.set(region, tenthsOfPercent(ind.lowerIsBetter ? t / a : a / t));
      }
      for (const line of s.lines) {
        const exp = written.get(line.region);
        if (exp === undefined) {
          expect([ind.name, line.region, line.rank]).toEqual([ind.name, line.region, null]);
          continue;
        }
        const rank = 1 + [...written.values()].filter((x) => x > exp).length;
        expect([ind.name, line.region, line.completionTenths, line.rank]).toEqual([
          ind.name,
          line.region,
          exp,
          rank,
        ]);
        expect(line.gapTenths).toBe(byTime ? exp - tpTenths : null);
      }
      // Ranked in order in the text, each with its written completion.
      const order = s.lines
        .filter((l) => l.rank !== null)
        .sort((x, y) => x.rank! - y.rank!)
        .map((l) => `${l.region}(${tenthsText(l.completionTenths!)}%)`);
      expect(s.paragraph).toContain(order.join("、"));
    });
    // 东城区 40/80, 西城区 25/50 and 南湖区 99.9/200 (49.95%, written 50.0%) share 4th place.
    expect(b.sections[0].paragraph).toContain("东城区、西城区、南湖区并列第4位");
  });

  it("never ranks the missing and the rejected county, and names them as such", () => {
    for (const s of b.sections) {
      const m = s.lines.find((l) => l.region === MISSING)!;
      const r = s.lines.find((l) => l.region === REJECTED)!;
      expect([m.rank, m.status, m.completion]).toEqual([null, "未报送", null]);
      expect([r.rank, r.status, r.completion]).toEqual([null, "未通过审核", null]);
      expect(s.paragraph).toContain(`${MISSING}未报送`);
      expect(s.paragraph).toContain(`${REJECTED}报送的表格未通过审核`);
      expect(s.paragraph).not.toContain(`${MISSING}(`);
      const rows = s.table.rows.filter((row) => row[0] === MISSING || row[0] === REJECTED);
      expect(rows.map((row) => row[5])).toEqual(["—", "—"]);
    }
    // 平安县 left 专利实施产值 blank: reported, not filled in, not ranked.
    const blank = b.sections[2].lines.find((l) => l.region === "平安县")!;
    expect([blank.state, blank.rank, blank.status]).toEqual(["reported", null, "未填报"]);
    expect(b.sections[2].paragraph).toContain("平安县未填报该指标");
  });

  it("names those ahead of and behind 序时进度, and judges rates against the whole target", () => {
    const s = b.sections[0];
    const ahead = s.lines.filter((l) => l.gapTenths !== null && l.gapTenths >= 0).map((l) => l.region);
    const behind = s.lines.filter((l) => l.gapTenths !== null && l.gapTenths < 0).map((l) => l.region);
    expect(ahead.length + behind.length).toBe(8);
    for (const r of ahead) expect(s.paragraph.split("达到或超过序时进度")[0]).toContain(r);
    for (const r of behind) expect(s.paragraph.split("达到或超过序时进度")[1]).toContain(r);
    // 结案率 (a rate) and 平均办理周期 (lower is better): against the target, no gap to 序时进度.
    for (const k of [4, 5]) {
      const r = b.sections[k];
      expect(r.lines.every((l) => l.gapTenths === null)).toBe(true);
      expect(r.paragraph).toContain("按全年目标衡量");
      expect(r.table.rows.every((row) => row[4] === "—")).toBe(true);
    }
    // Lower is better: 青山县 40 days against 60 ranks first, 河口县 100 days last.
    const cycle = b.sections[5].lines;
    expect(cycle.find((l) => l.region === "青山县")!.rank).toBe(1);
    expect(cycle.find((l) => l.region === "河口县")!.rank).toBe(8);
  });

  it("states the whole city as the summary's total row: plan target, sum of reported actuals", () => {
    const s = b.sections[0];
    const sum = REGIONS.filter((r) => r !== MISSING && r !== REJECTED)
      .map((r) => VALUES[REGIONS.indexOf(r)][0][1] as number)
      .reduce((x, y) => x + y, 0);
    expect(s.total.actual).toBeCloseTo(sum, 9);
    expect(s.total.target).toBe(400);
    const cpl = tenthsOfPercent(sum / 400);
    expect(s.total.completionTenths).toBe(cpl);
    expect(s.overall).toBe(
      `专利申请量:已报送的县(市)区累计完成${valueText(sum, "件")}件,完成年度目标400件的${tenthsText(cpl)}%,高于序时进度${tenthsText(cpl - tpTenths)}个百分点。`,
    );
    // 专利实施产值's target is the plan's base × (1 + growth).
    expect(b.sections[2].total.target).toBeCloseTo(1200, 9);
    expect(b.sections[2].overall).toContain("低于序时进度");
  });

  it("charts the first three indicators by default, in rank order against 序时进度", () => {
    expect(b.sections.map((s) => s.chart !== undefined)).toEqual([true, true, true, false, false, false]);
    const ch = b.sections[0].chart!;
    expect(ch.reference).toBeCloseTo(49.7, 9);
    expect(ch.categories).toEqual(
      b.sections[0].lines
        .filter((l) => l.rank !== null)
        .sort((x, y) => x.rank! - y.rank!)
        .map((l) => l.region),
    );
    const other = buildBulletin(c, { charts: [4] });
    expect(other.sections[4].chart!.reference).toBe(100);
  });

  it("writes English with --lang en", () => {
    const en = buildBulletin(c, { lang: "en", issuer: "City IP Office" });
    expect(en.title).toBe("Bulletin on the progress of 2024年专利工作推进计划 in Q2 2024");
    expect(en.intro).toContain("8 of 10 regions reported");
    expect(en.sections[0].lines.find((l) => l.region === MISSING)!.status).toBe("not reported");
    expect(en.sections[0].overall).toMatch(/percentage points (ahead of|behind) time progress/);
  });

  it("refuses a consolidation without an as-of date, with one sentence in each language", () => {
    const noDate = { ...c, asOf: undefined };
    expect(() => buildBulletin(noDate)).toThrow(BulletinError);
    expect(() => buildBulletin(noDate)).toThrow(/截至日期.*as-of/);
    expect(buildBulletin(noDate, { asOf: serialFromIso("2024-09-30")! }).quarter).toBe(3);
  });

  it("reads a summary workbook written by collect to the same numbers", async () => {
    const summary = await consolidationXlsx(c, "zh");
    const input = await bulletinInput([{ name: "汇总.xlsx", bytes: summary }], BULLETIN_PLAN);
    expect(input.fromSummary).toBe(true);
    const fromSummary = buildBulletin(input.consolidation, { submissions: input.submissions });
    b.sections.forEach((s, i) => {
      const got = fromSummary.sections[i];
      const key = (l: (typeof s.lines)[number]) => [l.region, l.completionTenths, l.rank];
      expect(got.lines.filter((l) => l.state === "reported").map(key)).toEqual(
        s.lines.filter((l) => l.state === "reported").map(key),
      );
      expect(got.total.completionTenths).toBe(s.total.completionTenths);
    });
    // The summary's 报送情况 column: 未报送, and 已收到,未采用 with its reason; neither is ranked.
    const line = (r: string) => fromSummary.sections[0].lines.find((l) => l.region === r)!;
    expect([line(MISSING).state, line(MISSING).rank]).toEqual(["missing", null]);
    expect([line(REJECTED).state, line(REJECTED).rank]).toEqual(["rejected", null]);
    expect(fromSummary.intro).toContain(`${REJECTED}报送的表格未通过审核`);
  });
});
