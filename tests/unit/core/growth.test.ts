import { PlanError } from "../../../src/core/errors";
import { cagr, project, projectRows, required, target } from "../../../src/core/growth";
import type { CellResult } from "../../../src/core/values";

function code(r: CellResult): string | undefined {
  return r instanceof PlanError ? r.code : undefined;
}

describe("PLAN.PROJECT", () => {
  it("grows the base at the rate for the periods", () => {
    expect(project(100, 0.1, 3)).toBeCloseTo(133.1, 12);
    expect(project(200, 0.25)).toBe(250); // periods default to 1
    expect(project(100, -0.5, 2)).toBe(25);
    expect(project(-80, 0.5, 1)).toBe(-120);
    expect(project(100, 0.1, 0.5)).toBeCloseTo(100 * Math.sqrt(1.1), 12);
  });

  it("treats a blank or omitted periods as 1", () => {
    expect(project(100, 0.2, null)).toBe(120);
    expect(project(100, 0.2, "")).toBe(120);
    expect(project(100, 0.2, undefined)).toBe(120);
  });

  it("gives a blank for a blank base or rate", () => {
    expect(project(null, 0.1, 3)).toBeNull();
    expect(project(100, "", 3)).toBeNull();
    expect(project(undefined, undefined)).toBeNull();
  });

  it("reads numeric text and TRUE/FALSE as Excel's arithmetic does", () => {
    expect(project("100", "10%", "2")).toBeCloseTo(121, 12);
    expect(project(" 1,000 ", 0, 1)).toBe(1000);
    expect(project(true, 1, 1)).toBe(2);
  });

  it("answers text with #VALUE!", () => {
    expect(code(project("一百", 0.1))).toBe("#VALUE!");
    expect(code(project(100, "abc"))).toBe("#VALUE!");
    expect(code(project(100, 0.1, "三年"))).toBe("#VALUE!");
    const e = project("一百", 0.1) as PlanError;
    expect(e.zh).toContain("基数");
    expect(e.en).toContain("base");
  });

  it("answers a rate of -100% or less and periods of 0 or less with #NUM!", () => {
    expect(code(project(100, -1, 2))).toBe("#NUM!");
    expect(code(project(100, -1.5))).toBe("#NUM!");
    expect(code(project(100, 0.1, 0))).toBe("#NUM!");
    expect(code(project(100, 0.1, -2))).toBe("#NUM!");
  });

  it("answers overflow with #NUM!, never Infinity", () => {
    expect(code(project(1e300, 10, 300))).toBe("#NUM!");
    expect(code(project(0, 1e308, 1e308))).toBe("#NUM!");
    expect(code(project(Infinity, 0.1))).toBe("#NUM!");
    expect(code(project(NaN, 0.1))).toBe("#NUM!");
  });

  it("passes error values on, required arguments first, and puts errors before blanks", () => {
    const na = { code: "#N/A" };
    expect(code(project(na, 0.1))).toBe("#N/A");
    expect(code(project(null, na))).toBe("#N/A");
    expect(code(project(100, 0.1, { code: "#DIV/0!" }))).toBe("#DIV/0!");
    expect(project(null, 0.1, { code: "#DIV/0!" })).toBeNull();
  });

  it("after blanks, reads the arguments left to right: the first error value or text wins, before any #NUM!", () => {
    expect(code(project("abc", 0.1, { code: "#N/A" }))).toBe("#VALUE!");
    expect(code(project(100, -2, "三"))).toBe("#VALUE!");
    expect(code(project("abc", -2))).toBe("#VALUE!");
    expect(code(target(100, 0.1, { code: "#N/A" }, "x"))).toBe("#N/A");
    expect(code(target(100, -2, 60, { code: "#N/A" }))).toBe("#N/A");
  });
});

describe("projectRows (PROJECT over a range at one rate)", () => {
  it("gives exactly what PROJECT gives cell by cell", () => {
    const base = [[100], [null], ["abc"], [1e308], [-3.5]];
    const rows = projectRows(base, 0.07, 4, (r) => r)!;
    expect(rows.map((r) => r[0])).toEqual(base.map((r) => project(r[0], 0.07, 4)));
  });

  it("declines rates, periods and shapes it cannot take in one step", () => {
    expect(projectRows([[1]], -1, 1, (r) => r)).toBeUndefined();
    expect(projectRows([[1]], "0.1", 1, (r) => r)).toBeUndefined();
    expect(projectRows([[1]], 0.1, 0, (r) => r)).toBeUndefined();
    expect(projectRows([[1], [1, 2]], 0.1, 1, (r) => r)).toBeUndefined();
  });
});

describe("PLAN.TARGET", () => {
  it("takes the higher of the projection and the floor (增长30%,数量不低于60件)", () => {
    expect(target(50, 0.3, 60)).toBe(65);
    expect(target(40, 0.3, 60)).toBe(60);
    expect(target(100, 0.1, 0, 2)).toBeCloseTo(121, 12);
  });

  it("has no floor when the floor is blank or omitted", () => {
    expect(target(40, 0.3)).toBe(52);
    expect(target(40, 0.3, null)).toBe(52);
    expect(target(40, 0.3, "", 1)).toBe(52);
  });

  it("gives blank for a blank base and errors for bad input", () => {
    expect(target(null, 0.3, 60)).toBeNull();
    expect(code(target(40, -1, 60))).toBe("#NUM!");
    expect(code(target(40, 0.3, 60, 0))).toBe("#NUM!");
    expect(code(target(40, 0.3, "六十"))).toBe("#VALUE!");
    expect(code(target(1e300, 1e10, 0, 1e5))).toBe("#NUM!");
  });
});

describe("PLAN.CAGR and PLAN.REQUIRED", () => {
  it("compute the geometric mean growth (水平法)", () => {
    expect(cagr(100, 400, 2)).toBeCloseTo(1, 12); // 翻两番 in two years
    expect(cagr(100, 200, 5)).toBeCloseTo(Math.pow(2, 0.2) - 1, 12);
    expect(cagr(100, 0, 3)).toBe(-1);
    expect(required(320, 400, 1)).toBeCloseTo(0.25, 12);
    expect(required(400, 300, 2)).toBeCloseTo(Math.sqrt(0.75) - 1, 12);
  });

  it("answer a start of 0 or less, periods of 0 or less and a negative end with #NUM!", () => {
    expect(code(cagr(0, 100, 2))).toBe("#NUM!");
    expect(code(cagr(-5, 100, 2))).toBe("#NUM!");
    expect(code(cagr(100, 200, 0))).toBe("#NUM!");
    expect(code(cagr(100, -1, 2))).toBe("#NUM!");
    expect(code(required(0, 100, 1))).toBe("#NUM!");
    expect(code(required(100, 120, -1))).toBe("#NUM!");
    expect((required(0, 100, 1) as PlanError).zh).toContain("现值");
  });

  it("give blank for any blank argument and #VALUE! for text", () => {
    expect(cagr(100, null, 2)).toBeNull();
    expect(cagr(100, 200, "")).toBeNull();
    expect(code(cagr(100, "两百", 2))).toBe("#VALUE!");
    expect(code(required(100, 200, "x"))).toBe("#VALUE!");
  });

  it("answer overflow with #NUM!", () => {
    expect(code(cagr(1e-300, 1e300, 1e-3))).toBe("#NUM!");
  });
});
