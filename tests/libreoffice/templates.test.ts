/**
 * Every template, from the example plans and edge-case plans, written to .xlsx, recalculated by
 * LibreOffice and read back: every computed cell equals what src/core's rules give, no cell is an
 * error, no formula needs the add-in. Some inputs are filled in before recalculation, some left
 * blank. All sheets go into two workbooks, because each recalculation costs a LibreOffice start.
 */
import ExcelJS from "exceljs";
import { recalculateAll, computed } from "../support/libreoffice";
import { effectiveGrowth } from "../../src/core/effectiveTarget";
import { addSheetModel } from "../../src/writers/xlsx";
import { parseStamp } from "../../src/model/stamp";
import {
  QUARTERLY_FIRST_BLOCK_COL,
  QUARTERLY_FIRST_DATA_ROW,
} from "../../src/model/templates/quarterlyReport";
import {
  cases,
  close,
  col,
  edge,
  ERROR,
  expectations,
  firstRow,
  inputNumber,
  strict,
  type Case,
} from "../support/templateCases";

async function workbook(book: Case[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const k of book) k.sheet = await addSheetModel(wb, k.model);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe("templates recalculated by LibreOffice", () => {
  const books = cases();
  let results: ExcelJS.Workbook[] = [];
  beforeAll(async () => {
    // Both workbooks in one LibreOffice start.
    results = await recalculateAll(await Promise.all(books.map(workbook)));
  }, 240_000);

  books.forEach((book, bi) => {
    it(`book ${bi + 1}: every computed cell equals src/core's value, with no error and no add-in formula`, async () => {
      const wb = results[bi];
      const failures: string[] = [];
      let checked = 0;
      for (const k of book) {
        const ws = wb.getWorksheet(k.sheet!);
        if (!ws) throw new Error(`sheet ${k.sheet} missing`);
        const o = k.model.origin;
        ws.eachRow((row) =>
          row.eachCell((cell) => {
            const v = computed(cell);
            if (typeof v === "string" && ERROR.test(v)) failures.push(`${k.label} ${cell.address}: ${v}`);
            const f = cell.formula ?? "";
            if (/_xldudf_|PLAN\./i.test(f)) failures.push(`${k.label} ${cell.address}: add-in formula ${f}`);
          }),
        );
        for (const ch of expectations(k)) {
          const got = computed(ws.getCell(o.row + ch.r + 1, o.col + ch.c + 1));
          checked++;
          if (!close(got, ch.want))
            failures.push(`${k.label} ${ch.what}: got ${String(got)}, want ${String(ch.want)}`);
        }
        const stampCell = k.model.stampCell!;
        expect(
          parseStamp(computed(ws.getCell(o.row + stampCell.row + 1, o.col + stampCell.col + 1))),
        ).toEqual(k.model.stamp);
      }
      expect(failures.slice(0, 20)).toEqual([]);
      expect(checked).toBeGreaterThan(book.length * 5);
    });
  });

  it("fills in real values: the filled book has completions, ranks and statuses, not only blanks", async () => {
    const wb = results[1];
    const k = books[1].find((x) => x.label === "150 regions")!;
    const ws = wb.getWorksheet(k.sheet!)!;
    const ranks = new Set<unknown>();
    const statuses = new Set<unknown>();
    for (let j = 0; j < 150; j++) {
      ranks.add(computed(ws.getCell(QUARTERLY_FIRST_DATA_ROW + j + 1, QUARTERLY_FIRST_BLOCK_COL + 6)));
      statuses.add(computed(ws.getCell(QUARTERLY_FIRST_DATA_ROW + j + 1, QUARTERLY_FIRST_BLOCK_COL + 5)));
    }
    expect(ranks.has(1)).toBe(true);
    expect(ranks.has("")).toBe(true);
    expect([...statuses].sort()).toEqual(["", "严重滞后", "已完成", "正常", "滞后"].sort());
    // 超过: an actual equal to the target is on track, not achieved, while 100% complete.
    const strictCase = books[1].find((x) => x.label === `${edge.title} annual-plan filled`)!;
    const sws = wb.getWorksheet(strictCase.sheet!)!;
    const row = firstRow(strictCase.model) + edge.indicators.findIndex(strict) + 1;
    expect(computed(sws.getCell(row, col(strictCase.model, "完成率") + 1))).toBe(1);
    expect(computed(sws.getCell(row, col(strictCase.model, "状态") + 1))).toBe("正常");
    // effectiveGrowth is what the growth input holds, so templates and core agree on it.
    const annual = books[1].find((x) => x.model.templateId === "annual-plan" && x.plan === edge)!;
    const g = col(annual.model, "增长率(较基数)");
    edge.indicators.forEach((ind, i) => {
      expect(inputNumber(annual.model, firstRow(annual.model) + i, g)).toBe(effectiveGrowth(ind, edge));
    });
  });

  it("without an as-of date, a flow or stock below its target is blank, not behind", async () => {
    const wb = results[1];
    const k = books[1].find((x) => x.label === `${edge.title} annual plan without as-of date`)!;
    const ws = wb.getWorksheet(k.sheet!)!;
    const statusOf = (name: string) => {
      const r = firstRow(k.model) + edge.indicators.findIndex((ind) => ind.name === name) + 1;
      expect(computed(ws.getCell(r, col(k.model, "序时进度") + 1))).toBe("");
      return computed(ws.getCell(r, col(k.model, "状态") + 1));
    };
    expect(statusOf("有效发明专利拥有量")).toBe(""); // a stock at 60% of its target
    expect(statusOf("只有目标")).toBe("已完成"); // a flow at its target
    expect(statusOf("专利权质押融资额")).toBe("已完成"); // a flow at its computed target
    expect(statusOf("知识产权保护社会满意度")).toBe("正常"); // 超过: at the target is on track
    expect(statusOf("专利行政执法结案率")).toBe("严重滞后"); // a rate is judged against the target
    expect(statusOf("专利侵权纠纷结案周期")).not.toBe(""); // so is a lower-is-better level
  });
});
