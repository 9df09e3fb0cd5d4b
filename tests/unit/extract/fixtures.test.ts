/**
 * The annotated development plans: three real seeds and plans written in the same style, every
 * field of every item compared with the annotation; and, in sub-folders (holdout1/, holdout2/), former
 * held-out sets, annotated by someone else in a lighter format (name, kind, comparator, value,
 * unit, source of the targets only), compared on those fields.
 */
import { readdirSync, readFileSync, statSync } from "fs";
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

/**
 * Measured, not memorised: the whole set must keep recall and precision at or above these
 * floors (the level reached when issue 11 was closed: 671/671 both), each file at least 0.9,
 * and the key items below — the three real seeds — must agree in every field. A rule that
 * overfits one sentence elsewhere is not rewarded by this test.
 */
const FLOOR = { recall: 1, precision: 1 };
const PER_FILE = 0.9;
const KEY_FILES = ["seed-000", "seed-001", "seed-003"];

const scored = names.map((name) => {
  const { text, expected } = load(name);
  const actual = extractIndicators(text);
  return { name, text, expected, actual, e: evaluate(expected.indicators, actual.indicators) };
});

test(`the development set keeps recall ≥ ${FLOOR.recall} and precision ≥ ${FLOOR.precision}`, () => {
  const sum = (f: (x: (typeof scored)[number]) => number) => scored.reduce((a, x) => a + f(x), 0);
  const found = sum((x) => x.e.found);
  expect({
    recall: found / sum((x) => x.e.expected) >= FLOOR.recall,
    precision: found / sum((x) => x.e.extracted) >= FLOOR.precision,
  }).toEqual({ recall: true, precision: true });
});

describe.each(scored.map((x) => [x.name, x] as const))("%s", (name, { text, expected, actual, e }) => {
  test("title and plan years", () => {
    expect({ title: actual.title, baseYear: actual.baseYear, targetYear: actual.targetYear }).toEqual({
      title: expected.title,
      baseYear: expected.baseYear,
      targetYear: expected.targetYear,
    });
  });

  test(`recall and precision at least ${PER_FILE}`, () => {
    expect({ recall: e.recall >= PER_FILE, precision: e.precision >= PER_FILE }).toEqual({
      recall: true,
      precision: true,
    });
  });

  test("every source is a sentence of the document", () => {
    const flat = text.normalize("NFKC").replace(/\s/g, "");
    for (const i of actual.indicators) expect(flat).toContain(i.source.replace(/\s/g, ""));
  });

  if (KEY_FILES.includes(name))
    expected.indicators.forEach((item, k) => {
      test(`key item ${k}: ${item.name} ${item.kind} ${item.value}, every field`, () => {
        expect(actual.indicators[k]).toEqual(item);
      });
    });
});

/** Sub-folders of former held-out sets, each file with its `<name>.expected.json`. */
const subsets = readdirSync(DIR).filter((d) => statSync(join(DIR, d)).isDirectory());
const subsetFiles = subsets.flatMap((d) =>
  readdirSync(join(DIR, d))
    .filter((f) => f.endsWith(".txt"))
    .map((f) => join(d, f.replace(/\.txt$/, ""))),
);

/** A sentence as the annotation cites it: without its closing mark and item number. */
const sentenceOf = (s: string) => s.replace(/[。;!?]+$/, "").replace(/^\d{1,2}[.、]\s*/, "");

test("the first and second held-out sets are part of the development material", () => {
  expect(subsets).toEqual(expect.arrayContaining(["holdout1", "holdout2"]));
  expect(subsetFiles.filter((f) => f.startsWith("holdout1"))).toHaveLength(10);
  expect(subsetFiles.filter((f) => f.startsWith("holdout2"))).toHaveLength(10);
});

describe.each(subsetFiles)("%s", (name) => {
  const { text, expected } = load(name);
  const actual = extractIndicators(text);
  const e = evaluate(expected.indicators, actual.indicators);

  test("target year", () => expect(actual.targetYear).toBe(expected.targetYear));

  test("every target found, nothing else reported (past figures aside)", () => {
    expect({ missed: e.missed.map((i) => i.name), spurious: e.spurious.map((i) => i.name) }).toEqual({
      missed: [],
      spurious: [],
    });
  });

  test("found targets agree on unit, comparator and source", () => {
    for (const m of e.matches) {
      const want = m.expected;
      const got = m.actual;
      // The annotation writes "=" for a figure no comparator word governs; the plan format has
      // no "=" (kept for 左右 only), so the extractor reports those as ">=".
      const comparator = want.comparator === "=" && got.comparator === ">=" ? "=" : got.comparator;
      expect([got.name, got.unit, comparator, sentenceOf(got.source)]).toEqual([
        got.name,
        want.unit,
        want.comparator,
        sentenceOf(want.source),
      ]);
    }
  });
});

/**
 * Plans from every bureau (tests/fixtures/extract/dev-fields, issue 11), annotated by another
 * helper in the session's conventions: floors a little under the level reached (recall 910/920 =
 * 0.989, precision 910/922 = 0.987, comparator 907/910 = 0.997, kind 1; before the milestone,
 * task-table, year and policy rules of issue 11's second round: 855/920 = 0.929, 855/900 = 0.950),
 * and comparator and kind agreement on what is found.
 */
const FIELDS = join(__dirname, "../../fixtures/extract/dev-fields");
const FIELDS_FLOOR = { recall: 0.98, precision: 0.98, comparator: 0.99, kind: 0.99 };

test("plans from other fields keep their recall, precision and agreement floors", () => {
  const files = readdirSync(FIELDS).filter((f) => f.endsWith(".txt"));
  expect(files.length).toBeGreaterThanOrEqual(25);
  let expected = 0;
  let extracted = 0;
  let found = 0;
  const agree = { comparator: [0, 0], kind: [0, 0] };
  for (const f of files) {
    const truth = JSON.parse(
      readFileSync(join(FIELDS, f.replace(/\.txt$/, ".expected.json")), "utf8"),
    ) as ExtractResult;
    const actual = extractIndicators(readFileSync(join(FIELDS, f), "utf8"));
    const e = evaluate(truth.indicators, actual.indicators, { targetYear: actual.targetYear });
    expected += e.expected;
    extracted += e.extracted;
    found += e.found;
    for (const k of ["comparator", "kind"] as const) {
      agree[k][0] += e.agreement[k][0];
      agree[k][1] += e.agreement[k][1];
    }
  }
  expect({
    recall: found / expected >= FIELDS_FLOOR.recall,
    precision: found / extracted >= FIELDS_FLOOR.precision,
    comparator: agree.comparator[0] / agree.comparator[1] >= FIELDS_FLOOR.comparator,
    kind: agree.kind[0] / agree.kind[1] >= FIELDS_FLOOR.kind,
  }).toEqual({ recall: true, precision: true, comparator: true, kind: true });
});

/**
 * The third to seventh held-out sets (tests/fixtures/extract/holdout3 … holdout7),
 * scored blind and used as development material since branch extract3: floors a little under the
 * level reached there (holdout3 144/146 = 0.986 both; holdout4 282/286 = 0.986 recall, 282/285 =
 * 0.989 precision; holdout5 240/240 = 1.0 both; year and kind 1.0 on all three, comparator 1.0 on
 * holdout4/5), and agreement on what is found, the target year included. Before extract3: holdout3
 * 140/146, 140/157; holdout4 275/286, 275/294, year 0.956; holdout5 227/240, 227/240, year 0.965.
 * The sixth set (holdout6), development material since branch year: 235/235 recall, 235/237
 * precision, comparator, year and kind 1.0; scored blind before it: 231/235, 231/239, comparator
 * 0.991, year 0.887 (205/231).
 * The seventh set (holdout7), development material since branch recall: 257/257 recall, 257/259
 * precision, comparator, year and kind 1.0; scored blind before it: 242/257, 242/250, comparator
 * 0.996 (241/242), year and kind 1.0.
 * The eighth set (holdout8), development material since branch h8: 269/275 recall, 269/274
 * precision, comparator, year and kind 1.0; scored blind before it: 247/275, 247/261, comparator
 * 0.996 (246/247), year and kind 1.0.
 * The ninth set (holdout9), development material since branch h9: 258/264 recall, 258/269
 * precision, comparator and kind 1.0, year 0.988 (255/258); scored blind before it: 247/264,
 * 247/264, comparator 1.0, year 0.988 (244/247), kind 0.996.
 * The tenth set (holdout10), development material since the holdout10 round: 258/263 recall,
 * 258/262 precision, comparator 0.996, year and kind 1.0; scored blind before it: 230/263,
 * 230/242, comparator 0.996 (229/230), year 0.904 (208/230), kind 1.0.
 * The eleventh set (holdout11), development material since the holdout11 round: 273/275 recall,
 * 273/275 precision, comparator 0.996, year and kind 1.0; scored blind before it: 263/275,
 * 263/267, comparator 0.996 (262/263), year and kind 1.0.
 * The twelfth set (holdout12), development material since the holdout12 round: 278/279 recall,
 * 278/279 precision; scored blind before it: 266/279, 266/271, comparator 0.996 (265/266), year
 * 0.992 (264/266), kind 1.0.
 */
const FORMER_HOLDOUTS = {
  // holdout3 writes "=" for a bare figure (the later sets ">="): its comparator floor is low.
  holdout3: { recall: 0.975, precision: 0.975, comparator: 0.65, year: 0.99, kind: 0.99 },
  holdout4: { recall: 0.975, precision: 0.98, comparator: 0.99, year: 0.99, kind: 0.99 },
  holdout5: { recall: 0.985, precision: 0.985, comparator: 0.99, year: 0.99, kind: 0.99 },
  holdout6: { recall: 0.99, precision: 0.985, comparator: 0.99, year: 0.99, kind: 0.99 },
  holdout7: { recall: 0.99, precision: 0.985, comparator: 0.99, year: 0.99, kind: 0.99 },
  holdout8: { recall: 0.97, precision: 0.975, comparator: 0.99, year: 0.99, kind: 0.99 },
  holdout9: { recall: 0.98, precision: 0.98, comparator: 0.99, year: 0.99, kind: 0.99 },
  holdout10: { recall: 0.97, precision: 0.97, comparator: 0.99, year: 0.99, kind: 0.99 },
  holdout11: { recall: 0.98, precision: 0.98, comparator: 0.99, year: 0.99, kind: 0.99 },
  holdout12: { recall: 0.98, precision: 0.98, comparator: 0.99, year: 0.99, kind: 0.99 },
};

describe.each(Object.entries(FORMER_HOLDOUTS))("former held-out set %s", (set, floor) => {
  test("keeps its recall, precision and agreement floors", () => {
    const dir = join(__dirname, "../../fixtures/extract", set);
    const files = readdirSync(dir).filter((f) => f.endsWith(".txt"));
    expect(files).toHaveLength(10);
    let expected = 0;
    let extracted = 0;
    let found = 0;
    const agree = { comparator: [0, 0], year: [0, 0], kind: [0, 0] };
    for (const f of files) {
      const truth = JSON.parse(
        readFileSync(join(dir, f.replace(/\.txt$/, ".expected.json")), "utf8"),
      ) as ExtractResult;
      const actual = extractIndicators(readFileSync(join(dir, f), "utf8"));
      const e = evaluate(truth.indicators, actual.indicators, {
        targetYear: actual.targetYear,
        expectedTargetYear: truth.targetYear,
      });
      expected += e.expected;
      extracted += e.extracted;
      found += e.found;
      for (const k of ["comparator", "year", "kind"] as const) {
        agree[k][0] += e.agreement[k][0];
        agree[k][1] += e.agreement[k][1];
      }
    }
    const ratio = ([a, n]: number[]) => (n === 0 ? 1 : a / n);
    expect({
      recall: found / expected >= floor.recall,
      precision: found / extracted >= floor.precision,
      comparator: ratio(agree.comparator) >= floor.comparator,
      year: ratio(agree.year) >= floor.year,
      kind: ratio(agree.kind) >= floor.kind,
    }).toEqual({ recall: true, precision: true, comparator: true, year: true, kind: true });
  });
});
