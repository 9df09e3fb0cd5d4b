import {
  readOfficialNumber as readNumberText,
  unitFactor,
  parseUnit,
} from "../../../src/core/officialNumber";
import { safeFileBase, uniqueNames } from "../../../src/collect/fileNames";

describe("reading numbers typed as text", () => {
  const read = (text: string, unit: string) => readNumberText(text, unit);

  it("reads 万 and 亿 magnitudes into the indicator's unit", () => {
    expect(read("2000万", "件")).toMatchObject({ ok: true, value: 20000000 });
    expect(read("2000万", "万元")).toMatchObject({ ok: true, value: 2000 });
    expect(read("3.2亿元", "万元")).toMatchObject({ ok: true, value: 32000, unitFrom: "亿元" });
    expect(read("1.5亿", "元")).toMatchObject({ ok: true, value: 150000000 });
  });

  it("reads thousands separators, full-width digits and spaces", () => {
    expect(read("1,234", "件")).toMatchObject({ ok: true, value: 1234 });
    expect(read("1,234,567.5", "元")).toMatchObject({ ok: true, value: 1234567.5 });
    expect(read("１２３４", "件")).toMatchObject({ ok: true, value: 1234 });
    expect(read("１，２３４．５", "件")).toMatchObject({ ok: true, value: 1234.5 });
    expect(read(" 56 件 ", "件")).toMatchObject({ ok: true, value: 56 });
  });

  it("converts a different unit of the same kind and says which", () => {
    const r = read("20000元", "万元");
    expect(r).toMatchObject({ ok: true, value: 2, unitFrom: "元" });
    expect(read("56万人", "人")).toMatchObject({ ok: true, value: 560000, unitFrom: "万人" });
  });

  it("reads percentages only for % indicators", () => {
    expect(read("12.5%", "%")).toMatchObject({ ok: true, value: 0.125 });
    expect(read("１２％", "%")).toMatchObject({ ok: true, value: 0.12 });
    expect(read("12%", "件").ok).toBe(false);
  });

  it("refuses text that is not a number, or a unit of another kind", () => {
    for (const t of ["不详", "约300", "-", "300吨", "1,2,3", ""])
      expect([t, read(t, "件").ok]).toEqual([t, false]);
  });

  it("knows unit factors", () => {
    expect(unitFactor("元", "万元")).toBe(1e-4);
    expect(unitFactor("亿元", "万元")).toBe(1e4);
    expect(unitFactor("件", "万元")).toBeUndefined();
    expect(parseUnit("人(次)")).toEqual({ base: "人(次)", mult: 1 });
    expect(parseUnit("件/万人")).toEqual({ base: "件/万人", mult: 1 });
  });
});

describe("file names safe on Windows", () => {
  it("replaces reserved characters, device names and trailing dots", () => {
    expect(safeFileBase("季度通报_城关区")).toBe("季度通报_城关区");
    expect(safeFileBase('a<b>c:d"e/f\\g|h?i*j')).toBe("a_b_c_d_e_f_g_h_i_j");
    expect(safeFileBase("CON")).toBe("CON_");
    expect(safeFileBase("区. ")).toBe("区");
    expect([...safeFileBase("长".repeat(200))]).toHaveLength(66); // 198 of 200 bytes: whole characters
    expect(safeFileBase("季度通报_城\u202Eslx.exe\u200B区\u0085")).toBe("季度通报_城slx.exe区_");
  });

  it("makes names unique ignoring case", () => {
    expect(uniqueNames(["A", "a", "b", "A"], ".xlsx")).toEqual([
      "A.xlsx",
      "a (2).xlsx",
      "b.xlsx",
      "A (3).xlsx",
    ]);
  });
});
