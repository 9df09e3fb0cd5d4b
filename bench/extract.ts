/**
 * Extraction speed: the three seeds (ms each, and all together) and a 10 MB synthetic plan text
 * (seed sentences with their numbers varied, so the de-duplication does not shortcut the work).
 */
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import type { Benchmark } from "./types";
import { extractIndicators } from "../src/extract/extract";

const SEEDS = join(__dirname, "../tests/fixtures/extract/dev");

function time(f: () => void, repeat: number): number {
  const t0 = performance.now();
  for (let k = 0; k < repeat; k++) f();
  return (performance.now() - t0) / repeat;
}

function synthetic(bytes: number, seedText: string): string {
  const lines = seedText.split("\n").filter((l) => l.trim() !== "");
  const out: string[] = [];
  let size = 0;
  let k = 0;
  while (size < bytes) {
    // Vary every number so each passage is new text, as in a long real document.
    // Lines without numbers get a paragraph mark, so no passage repeats.
    const round = Math.floor(k / lines.length);
    const line = `${lines[k % lines.length].replace(/\d+/g, (d) => String(Number(d) + round))}(第${k}段)`;
    out.push(line);
    size += Buffer.byteLength(line, "utf8") + 1;
    k++;
  }
  return out.join("\n");
}

export const extractBench: Benchmark = {
  name: "extract",
  async run() {
    const seeds = readdirSync(SEEDS)
      .filter((f) => /^seed-.*\.txt$/.test(f))
      .map((f) => readFileSync(join(SEEDS, f), "utf8"));
    for (const s of seeds) extractIndicators(s); // warm-up
    const figures: Record<string, number> = {};
    let total = 0;
    seeds.forEach((s, i) => {
      const ms = time(() => extractIndicators(s), 20);
      figures[`seed${i}Ms`] = +ms.toFixed(2);
      total += ms;
    });
    figures.seedsMs = +total.toFixed(2);
    const big = synthetic(10 * 1024 * 1024, seeds.join("\n"));
    const t0 = performance.now();
    const r = extractIndicators(big);
    const bigMs = performance.now() - t0;
    figures.tenMbMs = Math.round(bigMs);
    figures.tenMbIndicators = r.indicators.length;
    figures.charsPerSecond = Math.round(big.length / (bigMs / 1000));
    return { extract: figures };
  },
};
