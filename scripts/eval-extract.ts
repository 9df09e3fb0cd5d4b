/**
 * Recall and precision of the extractor on a folder of annotated plans:
 *   npx tsx scripts/eval-extract.ts <dir|file> [--verbose] [--json]
 * Each document (<name>.txt or <name>.docx, also in sub-folders) is paired with its annotation,
 * <name>.expected.json or <name>.json: the `extract --json` shape or a bare list of indicators.
 * Past figures (historic: true) are left out on both sides; see src/extract/evaluate.ts.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "fs";
import { join } from "path";
import { extractIndicators } from "../src/extract/extract";
import { evaluate, type Evaluation } from "../src/extract/evaluate";
import { readDocument } from "../src/extract/readDocument";
import type { ExtractedIndicator } from "../src/extract/types";

function documents(dir: string): string[] {
  if (!statSync(dir).isDirectory()) return [dir];
  const out: string[] = [];
  for (const f of readdirSync(dir).sort()) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) out.push(...documents(p));
    else if (/\.(txt|docx|md)$/i.test(f)) out.push(p);
  }
  return out;
}

function annotation(doc: string): { items: ExtractedIndicator[]; targetYear?: number | null } | undefined {
  const stem = doc.replace(/\.(txt|docx|md)$/i, "");
  for (const p of [`${stem}.expected.json`, `${stem}.json`]) {
    if (!existsSync(p)) continue;
    const j = JSON.parse(readFileSync(p, "utf8")) as unknown;
    if (Array.isArray(j)) return { items: j as ExtractedIndicator[] };
    if (j && typeof j === "object" && Array.isArray((j as { indicators?: unknown }).indicators)) {
      const o = j as { indicators: ExtractedIndicator[]; targetYear?: number | null };
      return { items: o.indicators, targetYear: o.targetYear };
    }
  }
  return undefined;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const show = (i: ExtractedIndicator) =>
  `${i.name} ${i.kind} ${i.comparator ?? ""} ${i.value} ${i.unit ?? ""}`;

async function main(argv: string[]): Promise<number> {
  const dir = argv.find((a) => !a.startsWith("--"));
  const verbose = argv.includes("--verbose");
  const json = argv.includes("--json");
  if (!dir || !existsSync(dir)) {
    console.error("用法 usage: npx tsx scripts/eval-extract.ts <dir> [--verbose] [--json]");
    return 2;
  }
  let expected = 0;
  let extracted = 0;
  let found = 0;
  const agree = { comparator: [0, 0], year: [0, 0], kind: [0, 0] };
  const perFile: Array<
    { file: string } & Pick<Evaluation, "expected" | "extracted" | "found" | "recall" | "precision">
  > = [];
  for (const doc of documents(dir)) {
    const truth = annotation(doc);
    if (!truth) continue;
    const result = extractIndicators(await readDocument(doc));
    const e = evaluate(truth.items, result.indicators, {
      targetYear: result.targetYear,
      expectedTargetYear: truth.targetYear,
    });
    for (const k of ["comparator", "year", "kind"] as const) {
      agree[k][0] += e.agreement[k][0];
      agree[k][1] += e.agreement[k][1];
    }
    expected += e.expected;
    extracted += e.extracted;
    found += e.found;
    perFile.push({
      file: doc,
      expected: e.expected,
      extracted: e.extracted,
      found: e.found,
      recall: e.recall,
      precision: e.precision,
    });
    if (!json) {
      console.log(
        `${doc}\trecall ${pct(e.recall)} (${e.found}/${e.expected})\tprecision ${pct(e.precision)} (${e.found}/${e.extracted})`,
      );
      if (verbose) {
        for (const m of e.missed) console.log(`  missed   ${show(m)}`);
        for (const s of e.spurious) console.log(`  spurious ${show(s)}`);
        const planYear = result.targetYear ?? undefined;
        const wantYear = truth.targetYear ?? planYear;
        for (const m of e.matches) {
          // The year as the agreement counts it: the item's own, else the plan's.
          const ey = m.expected.year ?? m.expected.targetYear ?? wantYear;
          const ay = m.actual.targetYear ?? planYear;
          const diffs = ey === ay ? m.differences : [...m.differences, `year: ${ey} ≠ ${ay}`];
          if (diffs.length) console.log(`  found    ${show(m.actual)}: ${diffs.join("; ")}`);
        }
      }
    }
  }
  const recall = expected === 0 ? 1 : found / expected;
  const precision = extracted === 0 ? (expected === 0 ? 1 : 0) : found / extracted;
  const ratio = ([a, n]: number[]) => (n === 0 ? 1 : a / n);
  const agreement = { comparator: ratio(agree.comparator), year: ratio(agree.year), kind: ratio(agree.kind) };
  if (json)
    console.log(
      JSON.stringify({
        files: perFile.length,
        expected,
        extracted,
        found,
        recall,
        precision,
        agreement,
        perFile,
      }),
    );
  else
    console.log(
      `TOTAL ${perFile.length} files\trecall ${pct(recall)} (${found}/${expected})\tprecision ${pct(precision)} (${found}/${extracted})` +
        `\tagreement comparator ${pct(agreement.comparator)} (${agree.comparator.join("/")}) year ${pct(agreement.year)} (${agree.year.join("/")}) kind ${pct(agreement.kind)} (${agree.kind.join("/")})`,
    );
  return perFile.length === 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e) => {
    console.error(`eval failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  },
);
