import { stampText, parseStamp, findStamp, STAMP_PREFIX } from "../../../src/model/stamp";
import { TEMPLATES, isTemplateId, templateInfo } from "../../../src/model/templates/registry";

describe("stamp", () => {
  it("round-trips through text, with and without a region", () => {
    const s = {
      templateId: "quarterly-report" as const,
      version: 1,
      planTitle: '威海 "示范" 计划',
      region: "环翠区",
    };
    expect(parseStamp(stampText(s))).toEqual(s);
    const { region: _r, ...noRegion } = s;
    expect(parseStamp(stampText(noRegion))).toEqual(noRegion);
  });
  it("rejects texts that are not stamps", () => {
    expect(parseStamp("hello")).toBeUndefined();
    expect(parseStamp(`${STAMP_PREFIX}{"t":"nope","v":1,"p":"x"}`)).toBeUndefined();
    expect(parseStamp(`${STAMP_PREFIX}{broken`)).toBeUndefined();
    expect(parseStamp(42)).toBeUndefined();
  });
  it("finds the stamp wherever it moved in a grid", () => {
    const text = stampText({ templateId: "gap-analysis", version: 1, planTitle: "t" });
    const grid = [
      ["a", null, 3],
      [null, "IPSTAMP1 not json", text],
    ];
    expect(findStamp(grid)).toEqual({
      stamp: { templateId: "gap-analysis", version: 1, planTitle: "t" },
      row: 1,
      col: 2,
    });
    expect(findStamp([["x"]])).toBeUndefined();
  });
});

describe("template registry", () => {
  it("lists five templates with zh and en titles", () => {
    expect(TEMPLATES.map((t) => t.id)).toEqual([
      "annual-plan",
      "multi-year-plan",
      "quarterly-report",
      "gap-analysis",
      "task-breakdown",
    ]);
    for (const t of TEMPLATES) {
      expect(t.title.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(t.title.en).toMatch(/^[A-Z]/);
    }
    expect(isTemplateId("gap-analysis")).toBe(true);
    expect(isTemplateId("gap")).toBe(false);
    expect(templateInfo("task-breakdown").sheetName.zh).toBe("任务分解");
  });
});
