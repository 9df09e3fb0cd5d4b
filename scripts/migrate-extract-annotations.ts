/**
 * Moves extraction annotations to the conventions agreed in ANNOTATION-CONVENTIONS (issue 11):
 *   npx tsx scripts/migrate-extract-annotations.ts <dir> [--dry-run]
 * - magnitudes as written: 780000000 "元" → 7.8 "亿元" when the item's source writes 7.8亿元
 *   (the figure is found in the source by value, so nothing is guessed);
 * - per-mille rates keep "‰" (0.005 "%" from 5‰ → 0.005 "‰");
 * - a fall is positive with `decrease` (growth −0.1 "<=" → 0.1 ">=", decrease, lowerIsBetter);
 * - a change of a rate in points is kind "increment" as a fraction (`X增量` 5 "个百分点" → X 0.05).
 * Every file is written to a temporary name and renamed; a file that does not change is left.
 */
import { existsSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "fs";
import { join } from "path";
import { inBaseUnit, scanQuantities, tidy } from "../src/extract/numerals";
import { normalizeText } from "../src/extract/sentences";

type Item = Record<string, unknown> & {
  name: string;
  kind?: string;
  value: number;
  unit?: string;
  comparator?: string;
  source?: string;
  range?: [number, number];
};

const FLIP: Record<string, string> = { ">=": "<=", ">": "<", "<=": ">=", "<": ">", "=": "=" };

/** One item in the new conventions; the list of what changed, for the log. */
export function migrateItem(item: Item): { item: Item; changes: string[] } {
  const out: Item = { ...item };
  const changes: string[] = [];
  const source = normalizeText(item.source ?? "");
  const unit = item.unit ?? "";
  if ((out.kind ?? "level") === "level" || out.kind === "multiple") {
    // A figure written with a magnitude (亿元, 万件) kept as written.
    const written = scanQuantities(source).find((q) => {
      if (q.unit === unit || q.unit === "%" || q.unit === "‰") return false;
      const base = inBaseUnit(q.value, q.unit);
      return (
        base.unit === unit && Math.abs(base.value - item.value) <= 1e-9 * Math.max(1, Math.abs(item.value))
      );
    });
    // A table row: the magnitude is in the unit column or the name, "(亿元) 85 [300]".
    const column = written
      ? undefined
      : (["万", "亿", "千"] as const)
          .map((m) => ({ unit: `${m}${unit}`, value: tidy(item.value / inBaseUnit(1, `${m}${unit}`).value) }))
          .find(
            (c) =>
              unit !== "" &&
              source.includes(c.unit) &&
              new RegExp(`(?<![\\d.])${String(c.value).replace(".", "\\.")}(?![\\d.])`).test(source),
          );
    const to = written ?? column;
    if (to) {
      const scale = item.value / to.value;
      out.value = to.value;
      out.unit = to.unit;
      if (item.range) out.range = [tidy(item.range[0] / scale), tidy(item.range[1] / scale)];
      changes.push(`${item.value}${unit} → ${to.value}${to.unit}`);
    }
    if (unit === "%" && /‰/.test(source) && !/%/.test(source)) {
      out.unit = "‰";
      changes.push("% → ‰");
    }
  }
  if ((out.kind === "growth" || out.kind === "cagr") && out.value < 0) {
    out.value = tidy(-out.value);
    out.comparator = FLIP[out.comparator ?? "<="];
    out.decrease = true;
    out.lowerIsBetter = true;
    changes.push(`fall ${item.value} → ${out.value} decrease ${out.comparator}`);
  }
  const points = /^(.*?)(增量|减少量)$/.exec(item.name);
  if ((out.kind ?? "level") === "level" && unit === "个百分点" && points) {
    out.name = points[1];
    out.kind = "increment";
    out.value = tidy(item.value / 100);
    if (points[2] === "减少量") {
      out.decrease = true;
      out.lowerIsBetter = true;
    }
    if (out.note === "百分点增量") delete out.note;
    changes.push(`${item.name} ${item.value}个百分点 → increment ${out.value}`);
  }
  return { item: out, changes };
}

function files(dir: string): string[] {
  if (!statSync(dir).isDirectory()) return [dir];
  return readdirSync(dir)
    .sort()
    .flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? files(p) : f.endsWith(".expected.json") ? [p] : [];
    });
}

function main(argv: string[]): number {
  const dir = argv.find((a) => !a.startsWith("--"));
  const dry = argv.includes("--dry-run");
  if (!dir || !existsSync(dir)) {
    console.error("用法 usage: npx tsx scripts/migrate-extract-annotations.ts <dir> [--dry-run]");
    return 2;
  }
  let changed = 0;
  for (const file of files(dir)) {
    const raw = readFileSync(file, "utf8");
    const json = JSON.parse(raw) as { indicators?: Item[] } | Item[];
    const list = Array.isArray(json) ? json : (json.indicators ?? []);
    const log: string[] = [];
    const next = list.map((it) => {
      const m = migrateItem(it);
      for (const c of m.changes) log.push(`  ${it.name}: ${c}`);
      return m.item;
    });
    if (log.length === 0) continue;
    changed++;
    console.log(`${file}\n${log.join("\n")}`);
    if (dry) continue;
    const out = Array.isArray(json) ? next : { ...json, indicators: next };
    const tmp = `${file}.tmp-${process.pid}`;
    writeFileSync(tmp, `${JSON.stringify(out, null, 2)}\n`);
    renameSync(tmp, file);
  }
  console.log(`${changed} file(s) ${dry ? "would change" : "changed"}`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
