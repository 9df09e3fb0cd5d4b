import { PlanError } from "../../../src/core/errors";
import { roundBehind, status, statusLang } from "../../../src/core/status";
import { STATUS_LABELS } from "../../../src/core/statusLabels";

describe("PLAN.STATUS", () => {
  it("says 已完成 once completion reaches 1", () => {
    expect(status(100, 100)).toBe("已完成");
    expect(status(120, 100, 0.5)).toBe("已完成");
  });

  it("grades the shortfall against time progress with the default thresholds", () => {
    expect(status(50, 100, 0.55)).toBe("正常"); // 5 points behind
    expect(status(50, 100, 0.6)).toBe("滞后"); // exactly 10 points: behind (not < 0.10)
    expect(status(50, 100, 0.8)).toBe("滞后"); // exactly 30 points: still behind (≤ 0.30)
    expect(status(50, 100, 0.81)).toBe("严重滞后");
    expect(status(40, 100, 0.5)).toBe("滞后"); // 0.5 − 0.4 is 0.09999… in binary: counted as 10 points
    expect(status(90, 100)).toBe("滞后"); // time progress defaults to 1
  });

  it("takes thresholds and English labels", () => {
    expect(status(50, 100, 0.6, 0.15, 0.2)).toBe("正常");
    expect(status(50, 100, 0.75, 0.15, 0.2)).toBe("严重滞后");
    expect(status(70, 100, 0.75, null, null, "en")).toBe("on track");
    expect(status(65, 100, 1, null, null, "EN")).toBe("far behind");
    expect(status(100, 100, 1, null, null, "fr")).toBe("已完成");
    expect(STATUS_LABELS.en).toContain(status(10, 100, 0.3, 0.1, 0.3, "en"));
  });

  it("is blank while actual or target is blank, whatever else", () => {
    expect(status(null, 100, 0.9)).toBeNull();
    expect(status(50, "", 0.9)).toBeNull();
  });

  it("answers a zero target with #DIV/0! and text numbers with #VALUE!", () => {
    expect((status(5, 0) as PlanError).code).toBe("#DIV/0!");
    expect((status(5, 10, "半年") as PlanError).code).toBe("#VALUE!");
    expect((status(5, 10, 0.5, "黄") as PlanError).code).toBe("#VALUE!");
  });

  it("rounds the shortfall to 12 decimals and picks the language", () => {
    expect(roundBehind(0.5 - 0.4)).toBe(0.1);
    expect(statusLang("En")).toBe("en");
    expect(statusLang(1)).toBe("zh");
  });
});
