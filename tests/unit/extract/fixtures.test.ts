/**
 * The annotated development plans: three real seeds and plans written in the same style. Every
 * field of every item is compared with the annotation.
 */
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { extractIndicators } from "../../../src/extract/extract";
import { evaluate } from "../../../src/extract/evaluate";
import type { ExtractResult } from "../../../src/extract/types";

const DIR = join(__dirname, "../../fixtures/extract/dev");
const names = readdirSync(DIR)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => f.replace(/\.txt$/, ""));

function load(name: string): { text: string; expected: ExtractResult } {
  return {
    text: readFileSync(join(DIR, `${name}.txt`), "utf8"),
    expected: JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), "utf8")) as ExtractResult,
  };
}

test("there are the three seeds and at least six plans of our own", () => {
  expect(names.filter((n) => n.startsWith("seed-"))).toHaveLength(3);
  expect(names.filter((n) => !n.startsWith("seed-")).length).toBeGreaterThanOrEqual(6);
});

describe.each(names)("%s", (name) => {
  const { text, expected } = load(name);
  const actual = extractIndicators(text);

  test("title and plan years", () => {
    expect({ title: actual.title, baseYear: actual.baseYear, targetYear: actual.targetYear }).toEqual({
      title: expected.title,
      baseYear: expected.baseYear,
      targetYear: expected.targetYear,
    });
  });

  test("same number of items", () => {
    expect(actual.indicators.map((i) => `${i.name} ${i.kind} ${i.value}`)).toEqual(
      expected.indicators.map((i) => `${i.name} ${i.kind} ${i.value}`),
    );
  });

  expected.indicators.forEach((item, k) => {
    test(`item ${k}: ${item.name} ${item.kind} ${item.value}`, () => {
      expect(actual.indicators[k]).toEqual(item);
    });
  });

  test("every source is a sentence of the document", () => {
    const flat = text.normalize("NFKC").replace(/\s/g, "");
    for (const i of actual.indicators) expect(flat).toContain(i.source.replace(/\s/g, ""));
  });

  test("recall and precision against the annotation are 100%", () => {
    const e = evaluate(expected.indicators, actual.indicators);
    expect([e.recall, e.precision]).toEqual([1, 1]);
  });
});
