/**
 * The corpus's expected values are the PLAN functions' own results: each is recomputed here
 * with the JavaScript core (src/core) from the same data, so the LibreOffice test checks the
 * shared workbook against the add-in itself, not against numbers worked out by hand.
 */
import { isPlanError } from "../../../src/core/errors";
import type { CellResult } from "../../../src/core/values";
import { CORPUS, SERIES_CORE, SERIES_EXPECTED } from "./corpus";

function plain(r: CellResult): number | string {
  if (isPlanError(r)) return r.code;
  if (r === null) return "";
  return r;
}

describe("share corpus against the PLAN functions' JavaScript core", () => {
  it("every PLAN-only corpus cell has the core's value", () => {
    const checked = CORPUS.filter((e) => e.core);
    expect(checked.length).toBe(24);
    for (const e of checked) {
      const got = plain(e.core!());
      if (typeof e.expected === "number") {
        expect([e.address, typeof got]).toEqual([e.address, "number"]);
        expect(got as number).toBeCloseTo(e.expected, 12);
      } else expect([e.address, got]).toEqual([e.address, e.expected]);
    }
  });

  it("the spilled SERIES cells have the core's values", () => {
    const [years, values] = SERIES_CORE.A30();
    ["A30", "B30", "C30"].forEach((a, k) => expect(plain(years[k])).toBe(SERIES_EXPECTED[a]));
    ["A31", "B31", "C31"].forEach((a, k) =>
      expect(plain(values[k]) as number).toBeCloseTo(SERIES_EXPECTED[a], 12),
    );
    const [row] = SERIES_CORE.A33();
    expect(row.map(plain)).toHaveLength(2);
    ["A33", "B33"].forEach((a, k) => expect(plain(row[k]) as number).toBeCloseTo(SERIES_EXPECTED[a], 12));
  });
});
