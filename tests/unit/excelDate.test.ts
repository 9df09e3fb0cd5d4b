import { serialFromYMD, ymdFromSerial, serialFromIso, isoFromSerial } from "../../src/core/excelDate";

describe("Excel date serials", () => {
  it("matches Excel's DATE() around the 1900 leap-year bug", () => {
    expect(serialFromYMD(1900, 1, 1)).toBe(1);
    expect(serialFromYMD(1900, 2, 28)).toBe(59);
    expect(serialFromYMD(1900, 3, 1)).toBe(61);
    expect(ymdFromSerial(60)).toEqual({ year: 1900, month: 2, day: 29 });
    expect(ymdFromSerial(61)).toEqual({ year: 1900, month: 3, day: 1 });
  });
  it("matches known modern serials", () => {
    expect(serialFromYMD(2012, 9, 30)).toBe(41182);
    expect(serialFromYMD(2012, 1, 1)).toBe(40909);
    expect(serialFromIso("2020-12-31")).toBe(44196);
    expect(isoFromSerial(45292)).toBe("2024-01-01");
  });
  it("rejects dates that do not exist", () => {
    expect(serialFromIso("2023-02-29")).toBeUndefined();
    expect(serialFromIso("2024-13-01")).toBeUndefined();
    expect(serialFromIso("20240101")).toBeUndefined();
  });
  it("round-trips every day of several years", () => {
    for (let s = 1; s < 50000; s += 7) expect(serialFromIso(isoFromSerial(s)) ?? 60).toBe(s);
  });
});
