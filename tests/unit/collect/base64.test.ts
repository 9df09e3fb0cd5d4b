import { distributeBase64 } from "../../../src/collect/distributeBase64";
import { toBase64 } from "../../../src/collect/base64";
import { PLAN, REGIONS, load } from "./forms";

describe("forms as base64 for Excel.createWorkbook", () => {
  it("produces each region's form as base64", async () => {
    const forms = await distributeBase64(PLAN, "quarterly-report");
    expect(forms.map((f) => f.region)).toEqual(REGIONS);
    expect(forms[0].fileName).toBe(`季度通报_${REGIONS[0]}.xlsx`);
    const wb = await load(Buffer.from(forms[3].base64, "base64"));
    expect(wb.worksheets[0].getCell("B5").value).toBe(REGIONS[3]);
  });

  it("encodes base64 exactly as Node does", () => {
    for (const n of [0, 1, 2, 3, 4, 5, 255, 1000]) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + n) % 256);
      expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString("base64"));
    }
  });
});
