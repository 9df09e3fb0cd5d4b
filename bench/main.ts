/**
 * `npm run bench` prints each section's figures; `npm run bench -- --json` prints them as one
 * JSON object on the last line. Benchmarks measure; tests never time anything.
 * `npm run bench -- functions insert` runs only the named sections.
 */
import type { Benchmark, BenchResult } from "./types";
import { functionsBench } from "./functions";
import { insertBench } from "./insert";
import { paneBench } from "./pane";
import { collectBench } from "./collect";
import { extractBench } from "./extract";
import { workbenchBench } from "./workbench";
import { workbenchFilesBench } from "./workbenchFiles";
import { bulletinBench } from "./bulletin";

const ALL: Benchmark[] = [
  functionsBench,
  insertBench,
  collectBench,
  bulletinBench,
  extractBench,
  paneBench,
  workbenchBench,
  workbenchFilesBench,
];

async function main(argv: string[]): Promise<void> {
  const json = argv.includes("--json");
  const only = argv.filter((a) => !a.startsWith("--"));
  const chosen = only.length ? ALL.filter((b) => only.includes(b.name)) : ALL;
  const result: BenchResult = {};
  for (const bench of chosen) {
    const t0 = performance.now();
    const r = await bench.run();
    Object.assign(result, r);
    if (!json) {
      for (const [section, figures] of Object.entries(r)) {
        for (const [k, v] of Object.entries(figures)) console.log(`${section}.${k}\t${v}`);
      }
      console.log(`# ${bench.name}: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    }
  }
  if (json) console.log(JSON.stringify(result));
}

main(process.argv.slice(2)).catch((e) => {
  console.error(`bench failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
