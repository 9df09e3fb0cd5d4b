import {
  parseAmountText,
  parsePercentText,
  parsePlainNumber,
  readOfficialNumber,
} from "../../../src/core/officialNumber";

describe("numbers as officials type them (one module for pane, collect and extract)", () => {
  it("reads plain numbers in any width, with separators and Unicode minus", () => {
    expect(parsePlainNumber("１，２３４．５")).toEqual({ ok: true, value: 1234.5 });
    expect(parsePlainNumber("−3")).toEqual({ ok: true, value: -3 });
    expect(parsePlainNumber(" ")).toEqual({ ok: true, value: undefined });
    expect(parsePlainNumber("1,2,3")).toEqual({ ok: false });
  });

  it("refuses what no cell can hold instead of returning Infinity", () => {
    expect(parsePlainNumber("9".repeat(400))).toEqual({ ok: false });
    expect(parsePlainNumber("1e400")).toEqual({ ok: false });
    expect(readOfficialNumber("9".repeat(400), "件")).toMatchObject({ ok: false, tooLarge: true });
    expect(readOfficialNumber("1e300万", "件")).toMatchObject({ ok: false, tooLarge: true });
  });

  it("reads an amount in the field's unit: 2000万 in 万元 is 2000, 3.2亿元 is 32000", () => {
    expect(parseAmountText("2000万", "万元")).toEqual({ ok: true, value: 2000 });
    expect(parseAmountText("3.2亿元", "万元")).toEqual({ ok: true, value: 32000 });
    expect(parseAmountText("20000元", "万元")).toEqual({ ok: true, value: 2 });
    expect(parseAmountText("400件", "件")).toEqual({ ok: true, value: 400 });
    expect(parseAmountText("400吨", "件")).toEqual({ ok: false });
    expect(parseAmountText("", "件")).toEqual({ ok: true, value: undefined });
  });

  it("reads percentages typed with or without the sign", () => {
    expect(parsePercentText("２５％")).toEqual({ ok: true, value: 0.25 });
    expect(parsePercentText("7")).toEqual({ ok: true, value: 0.07 });
  });
});
