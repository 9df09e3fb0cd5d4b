/**
 * @jest-environment node
 *
 * The preview computes template formulas itself; LibreOffice, an independent spreadsheet
 * engine, computes the same workbook. Every formula cell of every template, with its input
 * cells filled as an official would, must show the same value in both.
 */
import ExcelJS from "exceljs";
import type { Plan } from "../../src/core/plan";
import { serialFromIso } from "../../src/core/excelDate";
import { buildTemplate, TEMPLATE_IDS } from "../../src/model/templates";
import type { SheetModel } from "../../src/model/types";
import { addSheetModel } from "../../src/writers/xlsx";
import { isError, PreviewEvaluator, type Scalar } from "../../src/taskpane/preview/evaluate";
import { computed, recalculate } from "../support/libreoffice";

const PLAN: Plan = {
  title: "2025年知识产权工作指标",
  baseYear: 2024,
  targetYear: 2025,
  regions: ["东城区", "西城县", "南湖区"],
  indicators: [
    { name: "专利申请量", unit: "件", base: 320, growth: 0.25, target: 400, actual: 290, asOf: "2025-09-30" },
    { name: "发明专利申请量", unit: "件", base: 46, growth: 0.3, target: 60, actual: 20, asOf: "2025-09-30" },
    { name: "万人发明专利拥有量", unit: "件", base: 8.2, target: 10 },
    { name: "专利权质押融资额", unit: "万元", base: 5000, cagr: 0.2, actual: 7000, asOf: "2025-06-30" },
    {
      name: "专利侵权纠纷平均处理周期",
      unit: "天",
      base: 90,
      target: 60,
      lowerIsBetter: true,
      comparator: "<=",
    },
  ],
  tasks: [{ name: "开展专利导航试点", lead: "市知识产权局", deadline: "2025-06-30" }],
};

/** The model with its empty numeric inputs filled, as a returned form would be. */
function filled(model: SheetModel): SheetModel {
  const cells = model.cells.map((row, r) =>
    row.map((cell, c) => {
      if (!cell?.input || (cell.value !== undefined && cell.value !== null && cell.value !== "")) return cell;
      if (cell.numFmt && /yy|dd/.test(cell.numFmt.replace(/"[^"]*"/g, ""))) {
        return { ...cell, value: serialFromIso("2025-09-30")! };
      }
      if (cell.numFmt === "@" || !cell.numFmt) return cell;
      return {
        ...cell,
        value: cell.numFmt.includes("%") ? ((r * 7 + c * 3) % 50) / 100 : 10 + ((r * 37 + c * 11) % 90),
      };
    }),
  );
  return { ...model, cells };
}

function same(mine: Scalar | undefined, theirs: string | number | boolean | null): boolean {
  if (mine === undefined) return false;
  if (isError(mine)) return mine.error === theirs;
  if (mine === null || mine === "") return theirs === "" || theirs === null;
  if (typeof mine === "number") {
    // A date result may come back as a JavaScript time.
    const t = typeof theirs === "number" && Math.abs(theirs) > 1e11 ? theirs / 86400000 + 25569 : theirs;
    return typeof t === "number" && Math.abs(mine - t) <= 1e-9 * Math.max(1, Math.abs(t));
  }
  return mine === theirs;
}

test("the preview computes every template formula as LibreOffice does", async () => {
  const wb = new ExcelJS.Workbook();
  const models = new Map<string, SheetModel>();
  for (const id of TEMPLATE_IDS) {
    const model = filled(buildTemplate(id, PLAN, { lang: "zh" }));
    models.set(await addSheetModel(wb, model, { protect: false }), model);
  }
  const back = await recalculate(Buffer.from(await wb.xlsx.writeBuffer()));

  const mismatches: string[] = [];
  let compared = 0;
  let nonBlank = 0;
  for (const [name, model] of models) {
    const sheet = back.getWorksheet(name);
    expect(sheet).toBeDefined();
    const ev = new PreviewEvaluator(model);
    model.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell?.formula === undefined) return;
        const mine = ev.cellValue(r, c);
        const theirs = computed(sheet!.getCell(model.origin.row + r + 1, model.origin.col + c + 1));
        compared++;
        if (mine !== null && mine !== "") nonBlank++;
        if (!same(mine, theirs))
          mismatches.push(
            `${name} R${r + 1}C${c + 1} =${cell.formula}: ${JSON.stringify(mine)} vs ${JSON.stringify(theirs)}`,
          );
      }),
    );
  }
  expect(mismatches).toEqual([]);
  expect(compared).toBeGreaterThan(100);
  expect(nonBlank).toBeGreaterThan(50);
}, 120000);
