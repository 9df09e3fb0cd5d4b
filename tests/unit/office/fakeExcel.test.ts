import { FakeExcel, parseAddress, formatAddress } from "../../support/fakeExcel";

describe("the fake Excel used by the writer and pane tests", () => {
  it("throws for properties read before load() and sync(), as Office.js does", async () => {
    const excel = new FakeExcel({ sheets: ["S"] });
    excel.setCell("S", "B2", 7);
    const range = excel.context.workbook.worksheets.getItem("S").getRange("A1:B2");
    expect(() => range.formulas).toThrow(/PropertyNotLoaded/);
    range.load("formulas");
    expect(() => range.formulas).toThrow(/PropertyNotLoaded/);
    await excel.context.sync();
    expect(range.formulas).toEqual([
      ["", ""],
      ["", 7],
    ]);
    expect(excel.syncs).toBe(1);
  });

  it("reports queued errors at the next sync and refuses APIs above its requirement set", async () => {
    const excel = new FakeExcel({ apiVersion: "1.1", sheets: ["S"] });
    excel.context.workbook.worksheets.getItem("nope");
    await expect(excel.context.sync()).rejects.toThrow(/ItemNotFound/);
    const range = excel.context.workbook.worksheets.getItem("S").getRange("A1");
    expect(() => range.merge()).toThrow(/ApiNotFound/);
    expect(() => excel.context.application.suspendApiCalculationUntilNextSync()).toThrow(/ApiNotFound/);
    expect(excel.supports("ExcelApi", "1.1")).toBe(true);
    expect(excel.supports("ExcelApi", "1.2")).toBe(false);
  });

  it("records every write, and a protected sheet refuses cell writes at sync", async () => {
    const excel = new FakeExcel({ sheets: ["S"] });
    const sheet = excel.context.workbook.worksheets.getItem("S");
    sheet.getRange("A1:B1").formulas = [["=1+1", "x"]];
    expect(excel.cell("S", "A1")?.input).toBe("=1+1");
    expect(excel.calls.map((c) => c.op)).toEqual([
      "WorksheetCollection.getItem",
      "Worksheet.getRange",
      "Range.formulas=",
    ]);
    sheet.protection.protect();
    sheet.getRange("C1").formulas = [[1]];
    await expect(excel.context.sync()).rejects.toThrow(/AccessDenied/);
  });

  it("parses and formats addresses", () => {
    expect(parseAddress("$B$3:$D$9")).toEqual({ row: 2, col: 1, rows: 7, cols: 3 });
    expect(formatAddress({ row: 0, col: 26, rows: 2, cols: 2 })).toBe("AA1:AB2");
  });
});
