/**
 * The Excel API's request semantics on a real Univer engine: queued operations run at sync, loaded
 * properties only after it, errors of queued operations at the next sync with Office's codes.
 */
import JSZip from "jszip";
import { snapshotToXlsx } from "../../../../src/workbench/xlsx";
import { startWorkbench, type Workbench } from "../../../support/workbenchExcel";

let wb: Workbench;
beforeEach(() => {
  wb = startWorkbench({ sheets: ["Sheet1", "数据 表"] });
});
afterEach(() => wb.dispose());

test("values and formulas are written at sync and read back calculated", async () => {
  const out = await wb.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    const range = sheet.getRange("A1:C2");
    range.formulas = [
      [1, 2, "=A1+B1"],
      ["text", "'=not a formula", "=C1*10"],
    ];
    expect(wb.cell("Sheet1", "A1").v).toBeNull(); // nothing happens before sync
    range.load(["values", "formulas", "address", "rowIndex", "columnIndex", "text"]);
    expect(() => range.values).toThrow(/PropertyNotLoaded|not available/);
    await context.sync();
    return { values: range.values, formulas: range.formulas, address: range.address, text: range.text };
  });
  expect(out.values).toEqual([
    [1, 2, 3],
    ["text", "=not a formula", 30],
  ]);
  expect(out.formulas).toEqual([
    [1, 2, "=A1+B1"],
    ["text", "=not a formula", "=C1*10"],
  ]);
  expect(out.address).toBe("Sheet1!A1:C2");
  expect(out.text[0][2]).toBe("3");
});

test("addresses quote sheet names that need it; blanks read as empty strings", async () => {
  const out = await wb.run(async (context) => {
    const r = context.workbook.worksheets.getItem("数据 表").getRange("B2:C3");
    r.load(["address", "values", "formulas", "numberFormat"]);
    await context.sync();
    return r.toJSON();
  });
  expect(out.address).toBe("'数据 表'!B2:C3");
  expect(out.values).toEqual([
    ["", ""],
    ["", ""],
  ]);
  expect(out.numberFormat).toEqual([
    ["General", "General"],
    ["General", "General"],
  ]);
});

test("an unknown sheet fails the sync with ItemNotFound; getItemOrNullObject gives a null object", async () => {
  const err = await wb
    .run(async (context) => {
      context.workbook.worksheets.getItem("nope").getRange("A1").values = [[1]];
      await context.sync();
    })
    .catch((e: unknown) => e);
  expect(err).toBeInstanceOf(wb.globals.OfficeExtension.Error);
  expect((err as OfficeExtension.Error).code).toBe("ItemNotFound");
  expect((err as OfficeExtension.Error).debugInfo.errorLocation).toBe("WorksheetCollection.getItem");

  const isNull = await wb.run(async (context) => {
    const s = context.workbook.worksheets.getItemOrNullObject("nope");
    s.load("name");
    s.getRange("A1").values = [[1]]; // ignored on a null object
    await context.sync();
    return s.isNullObject;
  });
  expect(isNull).toBe(true);
});

test("a wrongly sized array fails with InvalidArgument and earlier operations stay applied", async () => {
  const err = await wb
    .run(async (context) => {
      const s = context.workbook.worksheets.getItem("Sheet1");
      s.getRange("A1").values = [[5]];
      s.getRange("A2:B2").values = [[1, 2, 3]];
      s.getRange("A3").values = [[7]];
      await context.sync();
    })
    .catch((e: unknown) => e);
  expect((err as OfficeExtension.Error).code).toBe("InvalidArgument");
  expect(wb.cell("Sheet1", "A1").v).toBe(5);
  expect(wb.cell("Sheet1", "A3").v).toBeNull();
});

test("worksheets: add (not activated), duplicate name, items, activate, delete", async () => {
  const names = await wb.run(async (context) => {
    const sheets = context.workbook.worksheets;
    const added = sheets.add("新表");
    added.load("name");
    sheets.load("items/name");
    const active = sheets.getActiveWorksheet();
    active.load("name");
    await context.sync();
    expect(active.name).toBe("Sheet1");
    expect(added.name).toBe("新表");
    return sheets.items.map((s) => s.name);
  });
  expect(names).toEqual(["Sheet1", "数据 表", "新表"]);
  const dup = await wb
    .run(async (context) => {
      context.workbook.worksheets.add("新表");
      await context.sync();
    })
    .catch((e: OfficeExtension.Error) => e.code);
  expect(dup).toBe("ItemAlreadyExists");
  await wb.run(async (context) => {
    context.workbook.worksheets.getItem("新表").activate();
    context.workbook.worksheets.getItem("Sheet1").delete();
    await context.sync();
  });
  expect(wb.engine.api.getActiveWorkbook()!.getActiveSheet().getSheetName()).toBe("新表");
  expect(
    wb.engine.api
      .getActiveWorkbook()!
      .getSheets()
      .map((s) => s.getSheetName()),
  ).toEqual(["数据 表", "新表"]);
});

test("Excel.run syncs what the batch left queued", async () => {
  await wb.run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("D4").values = [[42]];
  });
  expect(wb.cell("Sheet1", "D4").v).toBe(42);
});

test("getCell, getResizedRange, getOffsetRange and the used range", async () => {
  wb.setCell("Sheet1", "C3", 1);
  wb.setCell("Sheet1", "E7", "x");
  const out = await wb.run(async (context) => {
    const s = context.workbook.worksheets.getItem("Sheet1");
    const used = s.getUsedRange(true);
    const cell = used.getCell(1, 1);
    const resized = used.getResizedRange(1, -1);
    const offset = used.getOffsetRange(2, 3);
    for (const r of [used, cell, resized, offset]) r.load("address");
    const empty = context.workbook.worksheets.getItem("数据 表").getUsedRangeOrNullObject(true);
    empty.load("isNullObject");
    await context.sync();
    return [used.address, cell.address, resized.address, offset.address, empty.isNullObject];
  });
  expect(out).toEqual(["Sheet1!C3:E7", "Sheet1!D4", "Sheet1!C3:D8", "Sheet1!F5:H9", true]);
});

test("writing beyond the engine's initial sheet size grows the sheet", async () => {
  await wb.run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("AD1200").values = [[9]];
    await context.sync();
  });
  expect(wb.cell("Sheet1", "AD1200").v).toBe(9);
});

test("headers, footers and column page breaks are kept with the sheet and reach the saved .xlsx", async () => {
  const read = await wb.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    const all = sheet.pageLayout.headersFooters.defaultForAllPages;
    all.leftHeader = "截至2024年6月30日";
    all.centerHeader = "&B季度通报 R&&D";
    all.centerFooter = "第 &P 页,共 &N 页";
    sheet.verticalPageBreaks.add(sheet.getRange("H1"));
    sheet.verticalPageBreaks.add("N1");
    await context.sync();
    return { left: all.leftHeader, center: all.centerHeader, footer: all.centerFooter };
  });
  expect(read).toEqual({
    left: "截至2024年6月30日",
    center: "&B季度通报 R&&D",
    footer: "第 &P 页,共 &N 页",
  });
  const bytes = await snapshotToXlsx(wb.engine.api.getActiveWorkbook()!.save());
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file("xl/worksheets/sheet1.xml")?.async("string")) ?? "";
  expect(xml).toContain("<oddHeader>&amp;L截至2024年6月30日&amp;C&amp;B季度通报 R&amp;&amp;D</oddHeader>");
  expect(xml).toContain("<oddFooter>&amp;C第 &amp;P 页,共 &amp;N 页</oddFooter>");
  expect(xml).toMatch(/<colBreaks count="2"[^>]*><brk id="7"[^>]*\/><brk id="13"[^>]*\/><\/colBreaks>/);
});

test("autoFill repeats values and styles and moves formulas; fills queued together read each other", async () => {
  const out = await wb.run(async (context) => {
    const s = context.workbook.worksheets.getItem("Sheet1");
    s.getRange("A1:C2").formulas = [
      [1, "=A1*2", "=$A$1+A1"],
      [2, "=A2*2", "=$A$1+A2"],
    ];
    s.getRange("B1").format.font.bold = true;
    s.getRange("A1:A2").autoFill("A1:A6", "FillCopy");
    s.getRange("B1:C1").autoFill("B1:C4", "FillCopy");
    // B4 is written by the fill above, in the same sync: this fill must see it.
    s.getRange("B4").autoFill("B4:B6", "FillCopy");
    const r = s.getRange("A1:C6");
    r.load(["values", "formulas"]);
    const bold = s.getRange("B5").format.font;
    bold.load("bold");
    await context.sync();
    return { values: r.values, formulas: r.formulas, bold: bold.bold };
  });
  expect(out.formulas).toEqual([
    [1, "=A1*2", "=$A$1+A1"],
    [2, "=A2*2", "=$A$1+A2"],
    [1, "=A3*2", "=$A$1+A3"],
    [2, "=A4*2", "=$A$1+A4"],
    [1, "=A5*2", ""],
    [2, "=A6*2", ""],
  ]);
  expect(out.values).toEqual([
    [1, 2, 2],
    [2, 4, 3],
    [1, 2, 2],
    [2, 4, 3],
    [1, 2, ""],
    [2, 4, ""],
  ]);
  expect(out.bold).toBe(true);
  // The copies share their source's formula, as Excel keeps a filled-down block.
  const raw = wb.sheet("Sheet1").getSheet().getCellRaw(3, 1);
  expect(raw?.si).toBeTruthy();
  expect(raw?.f ?? null).toBeNull();
  expect(wb.cell("Sheet1", "B6").f).toBe("=A6*2");
});

test("a validation's rule, prompt, alert and blanks written in a row make one rule with all of them", async () => {
  await wb.run(async (context) => {
    const dv = context.workbook.worksheets.getItem("Sheet1").getRange("B2:B4").dataValidation;
    dv.rule = { wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" } };
    dv.prompt = { showPrompt: true, message: "不小于 0", title: "" };
    dv.errorAlert = { showAlert: true, message: "请输入整数", title: "", style: "Stop" };
    dv.ignoreBlanks = false;
    await context.sync();
    // A later write alone replaces the rule with the new prompt and keeps the rest.
    dv.prompt = { showPrompt: true, message: "0 或以上", title: "" };
  });
  const rules = wb.sheet("Sheet1").getDataValidations();
  expect(rules).toHaveLength(1);
  expect(rules[0].rule).toMatchObject({
    type: "whole",
    prompt: "0 或以上",
    showInputMessage: true,
    error: "请输入整数",
    showErrorMessage: true,
    allowBlank: false,
  });
});

test("formulas written down a column, each the one above moved a row, are stored as one shared formula", async () => {
  const out = await wb.run(async (context) => {
    const r = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B5");
    r.formulas = [
      [1, "=A1*$A$1"],
      [2, "=A2*$A$1"],
      [3, "=A3*$A$1"],
      [4, "=A3*$A$1"],
      [5, "=A5*$A$1"],
    ];
    r.load(["values", "formulas"]);
    await context.sync();
    return { values: r.values, formulas: r.formulas };
  });
  expect(out.formulas.map((row) => row[1])).toEqual([
    "=A1*$A$1",
    "=A2*$A$1",
    "=A3*$A$1",
    "=A3*$A$1",
    "=A5*$A$1",
  ]);
  expect(out.values.map((row) => row[1])).toEqual([1, 2, 3, 3, 5]);
  const raw = (row: number) => wb.sheet("Sheet1").getSheet().getCellRaw(row, 1);
  expect(raw(0)?.f).toBe("=A1*$A$1");
  expect(raw(1)?.si).toBe(raw(0)?.si);
  expect(raw(2)?.si).toBe(raw(0)?.si);
  expect(raw(2)?.f ?? null).toBeNull();
  // B4 is not B3 moved a row: its own formula, and B5 is not B4 moved either.
  expect(raw(3)?.f).toBe("=A3*$A$1");
  expect(raw(3)?.si ?? null).toBeNull();
  expect(raw(4)?.f).toBe("=A5*$A$1");
});

test("hiding and showing columns and rows changes them alone: the user's selection stays", async () => {
  const out = await wb.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.activate();
    sheet.getRange("B3:C4").select();
    sheet.getRange("E:F").columnHidden = true;
    sheet.getRange("7:8").rowHidden = true;
    sheet.getRange("F:F").columnHidden = false;
    const selected = context.workbook.getSelectedRange();
    selected.load("address");
    const e = sheet.getRange("E1");
    const f = sheet.getRange("F1");
    const row7 = sheet.getRange("A7");
    const row9 = sheet.getRange("A9");
    const mixedColumns = sheet.getRange("D:F");
    const mixedRows = sheet.getRange("8:9");
    for (const r of [e, f, mixedColumns]) r.load("columnHidden");
    for (const r of [row7, row9, mixedRows]) r.load("rowHidden");
    await context.sync();
    return {
      selected: selected.address,
      hidden: [e.columnHidden, f.columnHidden, row7.rowHidden, row9.rowHidden],
      mixed: [mixedColumns.columnHidden, mixedRows.rowHidden],
    };
  });
  expect(out.selected).toBe("Sheet1!B3:C4");
  expect(out.hidden).toEqual([true, false, true, false]);
  expect(out.mixed).toEqual([null, null]);
});
