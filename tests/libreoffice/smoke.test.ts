import ExcelJS from "exceljs";
import { recalculate, computed } from "../support/libreoffice";
import {
  nativeProject,
  nativeQuarterTarget,
  nativeCagr,
  nativeTimeProgress,
  nativeStatus,
} from "../../src/core/native";

describe("LibreOffice recalculation harness", () => {
  it("recalculates native formulas written without cached results", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.getCell("A1").value = 100;
    ws.getCell("B1").value = 0.1;
    ws.getCell("C1").value = 2;
    ws.getCell("D1").value = { formula: nativeProject(["A1", "B1", "C1"]) };
    ws.getCell("D2").value = { formula: nativeProject(["A2", "B1", "C1"]) };
    ws.getCell("D3").value = { formula: nativeProject(["A1", "-1", "C1"]) };
    // weights in a row and in a column
    ["E1", "F1", "G1", "H1"].forEach((a, i) => (ws.getCell(a).value = i + 1));
    ["E2", "E3", "E4", "E5"].forEach((a, i) => (ws.getCell(a).value = i + 1));
    ws.getCell("D4").value = { formula: nativeQuarterTarget(["A1", "2", "E1:H1"]) };
    ws.getCell("D5").value = { formula: nativeQuarterTarget(["A1", "3", "E2:E5"]) };
    ws.getCell("D6").value = { formula: nativeCagr(["A1", "400", "C1"]) };
    ws.getCell("D7").value = { formula: nativeTimeProgress(["41182"]) }; // 2012-09-30
    ws.getCell("D8").value = { formula: nativeStatus(["50", "A1", "D7"]) };
    ws.getCell("D9").value = { formula: nativeQuarterTarget(["A1", "3", "{1,2,3,4}"]) };
    const out = await recalculate(await wb.xlsx.writeBuffer());
    const s = out.getWorksheet("S")!;
    expect(computed(s.getCell("D1"))).toBeCloseTo(121, 10);
    expect(computed(s.getCell("D2"))).toBe("");
    expect(computed(s.getCell("D3"))).toBe("#NUM!");
    expect(computed(s.getCell("D4"))).toBeCloseTo(30, 10);
    expect(computed(s.getCell("D5"))).toBeCloseTo(60, 10);
    expect(computed(s.getCell("D6"))).toBeCloseTo(1, 10);
    expect(computed(s.getCell("D7"))).toBeCloseTo(274 / 366, 12);
    expect(computed(s.getCell("D8"))).toBe("滞后"); // behind = 274/366 − 0.5 ≈ 0.249 ≤ 0.30
    expect(computed(s.getCell("D9"))).toBeCloseTo(60, 10);
  });
});
