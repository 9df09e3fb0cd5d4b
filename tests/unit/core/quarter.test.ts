import { PlanError } from "../../../src/core/errors";
import { per10k } from "../../../src/core/per10k";
import { quarterTarget, readWeights } from "../../../src/core/quarter";
import type { CellResult } from "../../../src/core/values";

const code = (r: CellResult) => (r instanceof PlanError ? r.code : undefined);

describe("PLAN.QUARTERTARGET", () => {
  it("spreads the annual target evenly by default", () => {
    expect(quarterTarget(400, 1)).toBe(100);
    expect(quarterTarget(400, 2)).toBe(200);
    expect(quarterTarget(400, 4)).toBe(400);
  });

  it("follows the running share of four weights", () => {
    const w = readWeights([1, 2, 3, 4]);
    expect(quarterTarget(400, 1, w)).toBe(40);
    expect(quarterTarget(400, 3, w)).toBe(240);
    expect(quarterTarget(400, 4, w)).toBe(400);
    expect(quarterTarget(400, 2, readWeights([null, 1, "", 1]))).toBe(200);
  });

  it("answers a quarter outside 1–4 or not whole with #NUM!", () => {
    for (const q of [0, 5, 2.5, -1]) expect(code(quarterTarget(400, q))).toBe("#NUM!");
    expect(code(quarterTarget(400, "二"))).toBe("#VALUE!");
    expect(quarterTarget(400, "2")).toBe(200);
  });

  it("checks the weights", () => {
    expect(code(readWeights([1, 2, 3]) as PlanError)).toBe("#VALUE!");
    expect(code(quarterTarget(400, 1, readWeights([1, -2, 3, 4])))).toBe("#NUM!");
    expect(code(quarterTarget(400, 1, readWeights([0, 0, null, 0])))).toBe("#DIV/0!");
    expect(code(quarterTarget(400, 1, readWeights([1, "x", 3, 4])))).toBe("#VALUE!");
    expect(code(quarterTarget(400, 1, readWeights([1, { code: "#REF!" }, 3, 4])))).toBe("#REF!");
  });

  it("is blank for a blank target or quarter, before judging the weights", () => {
    expect(quarterTarget(null, 2)).toBeNull();
    expect(quarterTarget(400, null, readWeights([1, 2, 3]))).toBeNull();
  });
});

describe("PLAN.PER10K (万人拥有量)", () => {
  it("is count per 10,000 persons", () => {
    expect(per10k(12000, 8000000)).toBe(15);
    expect(per10k(0, 5)).toBe(0);
  });
  it("answers zero population with #DIV/0!, negative with #NUM!, text with #VALUE!", () => {
    expect(code(per10k(5, 0))).toBe("#DIV/0!");
    expect(code(per10k(5, -10))).toBe("#NUM!");
    expect(code(per10k("五", 10))).toBe("#VALUE!");
    expect(per10k(null, 10)).toBeNull();
  });
});
