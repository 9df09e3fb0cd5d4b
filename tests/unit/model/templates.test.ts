import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { buildTemplate, TEMPLATE_IDS } from "../../../src/model/templates";
import { validatePlan } from "../../../src/core/planValidation";
import { parseStamp } from "../../../src/model/stamp";
import { toR1C1 } from "../../../src/model/r1c1";
import { STATUS_LABELS } from "../../../src/core/statusLabels";
import type { Plan } from "../../../src/core/plan";
import type { SheetModel, RangeRect } from "../../../src/model/types";
import { colIndex, colName } from "../../../src/model/a1";

const ROOT = join(__dirname, "../../..");
const examples: Plan[] = readdirSync(join(ROOT, "examples"))
  .filter((f) => f.endsWith(".json"))
  .map((f) => validatePlan(JSON.parse(readFileSync(join(ROOT, "examples", f), "utf8"))).plan!);

// Functions Excel 2016, WPS and LibreOffice all know without an _xlfn. prefix.
const CLASSIC = new Set([
  "IF",
  "CHOOSE",
  "MATCH",
  "OR",
  "AND",
  "MAX",
  "MIN",
  "DATE",
  "YEAR",
  "ACOS",
  "INDEX",
  "SUM",
  "COUNT",
  "RANK",
  "ISNUMBER",
  "IFERROR", // Excel 2007's, no _xlfn. prefix
  "N",
  "LOWER",
  "ROUND",
  "INT",
]);

/** Moves every cell reference of a formula (outside strings) by (dr, dc). */
function shift(f: string, dr: number, dc: number): string {
  return f
    .split('"')
    .map((part, i) =>
      i % 2
        ? part
        : part.replace(
            /(?<![A-Za-z0-9_.$])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g,
            (_m, ca: string, col: string, ra: string, row: string) =>
              `${ca}${colName(colIndex(col) + dc)}${ra}${Number(row) + dr}`,
          ),
    )
    .join('"');
}

function formulas(m: SheetModel): { r: number; c: number; f: string }[] {
  const out: { r: number; c: number; f: string }[] = [];
  m.cells.forEach((row, r) => row.forEach((cell, c) => cell?.formula && out.push({ r, c, f: cell.formula })));
  return out;
}

function inside(m: SheetModel, r: number, c: number, x: RangeRect): boolean {
  const R = m.origin.row + r;
  const C = m.origin.col + c;
  return R >= x.row && R < x.row + x.rows && C >= x.col && C < x.col + x.cols;
}

describe("template models", () => {
  it("examples are valid plans with regions, tasks and illustrative notes", () => {
    expect(examples).toHaveLength(3);
    for (const p of examples) {
      expect(p.regions!.length).toBeGreaterThan(3);
      expect(p.tasks!.length).toBeGreaterThan(5);
      expect(p.indicators.some((i) => /示意/.test(i.note ?? ""))).toBe(true);
    }
  });

  for (const id of TEMPLATE_IDS) {
    describe(id, () => {
      const models = examples.map((p) => buildTemplate(id, p));

      it("is a dense grid of native formulas of classic functions only, with balanced parentheses", () => {
        for (const m of models) {
          const width = m.cells[0].length;
          expect(m.cells.every((row) => row.length === width)).toBe(true);
          expect(m.columnWidths).toHaveLength(width);
          for (const { f } of formulas(m)) {
            expect(f).not.toMatch(/PLAN\.|_xldudf_|_xlfn\./i);
            const names = [...f.replace(/"[^"]*"/g, '""').matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((x) => x[1]);
            for (const n of names) expect(CLASSIC).toContain(n);
            let depth = 0;
            for (const ch of f.replace(/"[^"]*"/g, '""')) {
              depth += ch === "(" ? 1 : ch === ")" ? -1 : 0;
              expect(depth).toBeGreaterThanOrEqual(0);
            }
            expect(depth).toBe(0);
          }
        }
      });

      it("carries its stamp in the top-right cell, in a hidden column", () => {
        for (const [i, m] of models.entries()) {
          const s = m.stampCell!;
          expect(s).toEqual({ row: 0, col: m.cells[0].length - 1 });
          expect(parseStamp(m.cells[s.row][s.col]!.value)).toEqual({
            templateId: id,
            version: 1,
            planTitle: examples[i].title,
          });
          expect(m.hiddenColumns).toEqual([s.col]);
          expect(m.cells[s.row][s.col]!.numFmt).toBe(";;;");
        }
      });

      it("validates every numeric input and frames a printable, frozen header", () => {
        for (const m of models) {
          m.cells.forEach((row, r) =>
            row.forEach((cell, c) => {
              if (cell?.input && cell.numFmt) {
                expect(m.validations.some((v) => inside(m, r, c, v.range))).toBe(true);
              }
            }),
          );
          expect(m.print).toMatchObject({ orientation: "landscape", paper: "A4" });
          expect(m.print.repeatRows!.first).toBe(m.headerRows!.first);
          expect(m.freeze.rows).toBe(m.headerRows!.last + 1);
          const header = m.cells[m.headerRows!.first];
          expect(header.some((c) => c?.style === "header" && typeof c.value === "string")).toBe(true);
        }
      });

      it("references the same relative cells wherever its origin is", () => {
        const p = examples[1];
        const a = buildTemplate(id, p);
        const b = buildTemplate(id, p, { origin: { row: 7, col: 3 } });
        // Every reference, relative or absolute, moves with the origin.
        const fa = formulas(a).map(({ r, c, f }) => shift(f, 7, 3) + `@${r},${c}`);
        const fb = formulas(b).map(({ r, c, f }) => f + `@${r},${c}`);
        expect(fb).toEqual(fa);
        expect(formulas(b).map(({ r, c, f }) => toR1C1(f, r + 7, c + 3)).length).toBe(fa.length);
        expect(b.freeze).toEqual({ rows: a.freeze.rows + 7, cols: a.freeze.cols + 3 });
        expect(b.validations.map((v) => v.range.row - 7)).toEqual(a.validations.map((v) => v.range.row));
      });

      it("speaks English on request", () => {
        const m = buildTemplate(id, examples[0], { lang: "en" });
        const headers = m.cells
          .slice(0, 6)
          .flat()
          .filter((c) => c?.style === "header" && typeof c.value === "string")
          .map((c) => c!.value as string);
        const indicatorNames = new Set(examples[0].indicators.map((i) => i.name));
        const own = headers.filter((h) => ![...indicatorNames].some((n) => h.startsWith(n)));
        expect(own.length).toBeGreaterThan(3);
        for (const h of own) expect(h).not.toMatch(/[\u4e00-\u9fff]/);
        expect(m.sheetName).toMatch(/^[A-Z]/);
      });
    });
  }

  it("colours the statuses of indicator templates with the four PLAN.STATUS labels", () => {
    for (const id of ["annual-plan", "quarterly-report", "gap-analysis"] as const) {
      const m = buildTemplate(id, examples[0]);
      expect(m.conditionalFormats.map((f) => f.equals)).toEqual([...STATUS_LABELS.zh]);
      const statusCells: [number, number][] = [];
      m.cells.forEach((row, r) =>
        row.forEach((cell, c) => cell?.style === "status" && statusCells.push([r, c])),
      );
      expect(statusCells.length).toBeGreaterThan(0);
      for (const [r, c] of statusCells)
        expect(m.conditionalFormats.every((f) => inside(m, r, c, f.range))).toBe(true);
    }
  });

  it("scales the quarterly report to 200 indicators × 150 regions with a handful of rules per indicator", () => {
    const plan: Plan = {
      title: "大",
      baseYear: 2023,
      targetYear: 2024,
      regions: Array.from({ length: 150 }, (_, i) => `区${i}`),
      indicators: Array.from({ length: 200 }, (_, i) => ({
        name: `指标${i}`,
        unit: "件",
        base: 10,
        growth: 0.1,
      })),
    };
    const m = buildTemplate("quarterly-report", plan);
    expect(m.cells[0].length).toBe(2 + 6 * 200 + 1);
    expect(m.cells.length).toBeGreaterThanOrEqual(4 + 150 + 1);
    expect(m.validations.length).toBe(200 + 1);
    expect(m.conditionalFormats.length).toBe(4);
  });

  it("a region's form has only that region and names it in the stamp", () => {
    const m = buildTemplate("quarterly-report", examples[0], { region: examples[0].regions![2] });
    expect(m.stamp.region).toBe(examples[0].regions![2]);
    const names = m.cells
      .map((row) => row[1]?.value)
      .filter((v) => examples[0].regions!.includes(v as string));
    expect(names).toEqual([examples[0].regions![2]]);
  });

  it("task breakdown offers the status list and empty rows when a plan has no tasks", () => {
    const p: Plan = { ...examples[0], tasks: undefined };
    const m = buildTemplate("task-breakdown", p);
    const list = m.validations.find((v) => v.rule.kind === "list")!;
    expect(list.rule).toMatchObject({ items: ["未启动", "推进中", "已完成", "滞后"] });
    expect(list.range.rows).toBe(5);
  });
});

describe("属性 in the annual and multi-year plans (issue 11)", () => {
  const plan: Plan = {
    title: "某市2025年生态环境保护工作要点",
    baseYear: 2024,
    targetYear: 2025,
    indicators: [
      {
        name: "PM2.5平均浓度",
        unit: "微克/立方米",
        target: 30,
        comparator: "<=",
        lowerIsBetter: true,
        binding: true,
      },
      { name: "地区生产总值", unit: "亿元", base: 3286.5, growth: 0.06, binding: false },
      { name: "专利申请量", unit: "件", target: 500 },
    ],
  };
  it.each(["annual-plan", "multi-year-plan"] as const)(
    "%s labels each row 约束性 or 预期性 as stated",
    (id) => {
      for (const [lang, words] of [
        ["zh", ["PM2.5平均浓度(约束性)", "地区生产总值(预期性)", "专利申请量"]],
        ["en", ["PM2.5平均浓度 (binding)", "地区生产总值 (expected)", "专利申请量"]],
      ] as const) {
        const m = buildTemplate(id, plan, { lang });
        const texts = m.cells.flat().map((c) => c?.value);
        for (const w of words) expect(texts).toContain(w);
        // The plan's own unit is shown as written, never expanded.
        expect(texts).toContain("亿元");
      }
    },
  );
});
