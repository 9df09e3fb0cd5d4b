/**
 * Scores an extraction against an annotated one: an expected target is found when an extracted
 * item has the same kind, the same value (rates by magnitude: 下降10% may be written 0.1 or −0.1)
 * and a similar name. Past figures (historic) are left out on both sides.
 */
import { nameSimilarity } from "./names";
import { inBaseUnit } from "./numerals";
import type { ExtractedIndicator } from "./types";

/** Names at least this similar (bigram Dice, or one containing the other) can match. */
export const NAME_THRESHOLD = 0.45;

export interface Match {
  expected: ExtractedIndicator;
  actual: ExtractedIndicator;
  similarity: number;
  /** Fields that differ although the item was found (comparator, unit, flags). */
  differences: string[];
}

export interface Evaluation {
  expected: number;
  extracted: number;
  found: number;
  recall: number;
  precision: number;
  matches: Match[];
  missed: ExtractedIndicator[];
  spurious: ExtractedIndicator[];
  /**
   * Agreement on the found items, as [agreeing, compared]: comparator, target year (an item's own
   * `year`/`targetYear`, else the plan's), and kind — kind among the items found by value and
   * name whatever their kind, so a growth read as a level counts against it.
   */
  agreement: { comparator: [number, number]; year: [number, number]; kind: [number, number] };
}

export interface EvaluateOptions {
  /** The plan's target year, for items that state none. */
  targetYear?: number | null;
  /** The annotation's plan target year, when it differs from the extraction's. */
  expectedTargetYear?: number | null;
}

type Annotated = Partial<ExtractedIndicator> & { name: string; value: number };

/**
 * The figure in its base unit: 7.8 亿元 and 780000000 元 are the same target, so are 2.5 万件 and
 * 25000 件. Changes (growth, cagr, increment) compare by magnitude: a decrease may be annotated
 * 0.1 with decrease: true or −0.1.
 */
function magnitude(a: Annotated): number {
  const v = a.unit ? inBaseUnit(a.value, a.unit).value : a.value;
  return a.kind === "growth" || a.kind === "cagr" || a.kind === "increment" ? Math.abs(v) : v;
}

function sameValue(a: Annotated, b: Annotated): boolean {
  const x = magnitude(a);
  const y = magnitude(b);
  return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
}

function differences(e: Annotated, a: Annotated): string[] {
  const out: string[] = [];
  for (const k of ["comparator", "unit", "aspirational", "ambiguous", "lowerIsBetter"] as const) {
    const ev = e[k] ?? (k === "comparator" || k === "unit" ? undefined : false);
    const av = a[k] ?? (k === "comparator" || k === "unit" ? undefined : false);
    if (ev !== undefined && ev !== av) out.push(`${k}: ${String(ev)} ≠ ${String(av)}`);
  }
  if (e.name !== a.name) out.push(`name: ${e.name} ≠ ${a.name}`);
  return out;
}

/** Greedy one-to-one matching, most similar names first. */
export function evaluate(
  expectedAll: Annotated[],
  actualAll: Annotated[],
  options: EvaluateOptions = {},
): Evaluation {
  const expected = expectedAll.filter((x) => !x.historic) as ExtractedIndicator[];
  const actual = actualAll.filter((x) => !x.historic) as ExtractedIndicator[];
  const planYear = options.targetYear ?? undefined;
  const wantYear = options.expectedTargetYear ?? planYear;
  const yearOf = (e: ExtractedIndicator) => e.year ?? e.targetYear ?? wantYear;
  const candidates: Array<{ e: number; a: number; s: number; y: number }> = [];
  expected.forEach((e, ei) =>
    actual.forEach((a, ai) => {
      if ((e.kind ?? "level") !== (a.kind ?? "level") || !sameValue(e, a)) return;
      const s = nameSimilarity(e.name, a.name);
      // Between equally similar names, the item of the same year (a milestone and the yearly
      // target of one indicator) is the pair.
      const y = yearOf(e) === (a.targetYear ?? planYear) ? 1 : 0;
      if (s >= NAME_THRESHOLD) candidates.push({ e: ei, a: ai, s, y });
    }),
  );
  candidates.sort((x, y) => y.s - x.s || y.y - x.y || x.e - y.e || x.a - y.a);
  const usedE = new Set<number>();
  const usedA = new Set<number>();
  const matches: Match[] = [];
  for (const c of candidates) {
    if (usedE.has(c.e) || usedA.has(c.a)) continue;
    usedE.add(c.e);
    usedA.add(c.a);
    matches.push({
      expected: expected[c.e],
      actual: actual[c.a],
      similarity: c.s,
      differences: differences(expected[c.e], actual[c.a]),
    });
  }
  const found = matches.length;
  // Kind: the missed items that an unmatched extracted item has by value and name, other kind.
  let wrongKind = 0;
  const spareA = new Set(actual.map((_, i) => i).filter((i) => !usedA.has(i)));
  expected.forEach((e, ei) => {
    if (usedE.has(ei)) return;
    for (const ai of spareA) {
      const a = actual[ai];
      if (sameValue(e, a) && nameSimilarity(e.name, a.name) >= NAME_THRESHOLD) {
        wrongKind++;
        spareA.delete(ai);
        return;
      }
    }
  });
  let cmpAgree = 0;
  let yearAgree = 0;
  for (const m of matches) {
    if ((m.expected.comparator ?? ">=") === (m.actual.comparator ?? ">=")) cmpAgree++;
    const ey = yearOf(m.expected);
    const ay = m.actual.targetYear ?? planYear;
    if (ey === ay) yearAgree++;
  }
  return {
    agreement: {
      comparator: [cmpAgree, found],
      year: [yearAgree, found],
      kind: [found, found + wrongKind],
    },
    expected: expected.length,
    extracted: actual.length,
    found,
    recall: expected.length === 0 ? 1 : found / expected.length,
    precision: actual.length === 0 ? (expected.length === 0 ? 1 : 0) : found / actual.length,
    matches,
    missed: expected.filter((_, i) => !usedE.has(i)),
    spurious: actual.filter((_, i) => !usedA.has(i)),
  };
}
