/**
 * PLAN.PROJECT over one million cells in one call, through the same entry point Excel calls
 * (src/functions/functions.ts: a 1,000,000×1 base column, single rate and periods, a spilled
 * 1,000,000×1 result), against a bare JavaScript loop computing base × (1 + rate)^periods over
 * the same data in the same run: it reads the same 1,000,000×1 column and writes the same
 * 1,000,000×1 matrix Excel needs, with no checks at all. Best of several repetitions for both.
 *
 * loopRatio = call time / bare loop time. flatLoopMs is the same formula over a Float64Array
 * into a Float64Array (no result rows to allocate), to show what the allocation of a spilled
 * result costs by itself. broadcastElementsPerSecond is PLAN.COMPLETION over two 1,000,000×1
 * columns, one in ten actuals blank: the general broadcasting path, which PROJECT's one-factor
 * shortcut does not take.
 */
import type { Benchmark } from "./types";
import { completion, project } from "../src/functions/functions";

const N = 1_000_000;
const REPS = 7;

function installExcelErrors(): void {
  // Outside Excel there is no CustomFunctions global; the success path never touches it, but an
  // error cell would. A minimal stand-in keeps the benchmark runnable in Node.
  const g = globalThis as unknown as { CustomFunctions?: unknown };
  if (g.CustomFunctions) return;
  g.CustomFunctions = {
    Error: class {
      constructor(
        readonly code: string,
        readonly message?: string,
      ) {}
    },
  };
}

function bareLoop(base: number[][], rate: number, periods: number): number[][] {
  const out: number[][] = new Array<number[]>(base.length);
  for (let i = 0; i < base.length; i++) out[i] = [base[i][0] * Math.pow(1 + rate, periods)];
  return out;
}

function flatLoop(base: Float64Array, rate: number, periods: number, out: Float64Array): void {
  for (let i = 0; i < base.length; i++) out[i] = base[i] * Math.pow(1 + rate, periods);
}

export const functionsBench: Benchmark = {
  name: "functions",
  async run() {
    installExcelErrors();
    const flat = new Float64Array(N);
    for (let i = 0; i < N; i++) flat[i] = 50 + ((i * 7919) % 10007) / 3;
    const column: number[][] = new Array<number[]>(N);
    for (let i = 0; i < N; i++) column[i] = [flat[i]];
    const rate: number[][] = [[0.1]];
    const periods: number[][] = [[3]];
    const out = new Float64Array(N);

    let bestLoop = Infinity;
    let bestFlat = Infinity;
    let bestCall = Infinity;
    let check = 0;
    for (let rep = 0; rep < REPS; rep++) {
      let t = performance.now();
      const bare = bareLoop(column, rate[0][0], periods[0][0]);
      bestLoop = Math.min(bestLoop, performance.now() - t);
      t = performance.now();
      flatLoop(flat, rate[0][0], periods[0][0], out);
      bestFlat = Math.min(bestFlat, performance.now() - t);
      t = performance.now();
      const result = project(column, rate, periods);
      bestCall = Math.min(bestCall, performance.now() - t);
      // Use the results so no loop can be optimised away, and check they agree.
      const last = result[N - 1][0] as number;
      const expected = bare[N - 1][0];
      if (
        result.length !== N ||
        Math.abs(last - expected) > 1e-9 * Math.abs(expected) ||
        out[N - 1] !== expected
      ) {
        throw new Error("PLAN.PROJECT and the bare loop disagree");
      }
      check += last;
    }
    const actual: (number | null)[][] = new Array<(number | null)[]>(N);
    const targets: number[][] = new Array<number[]>(N);
    for (let i = 0; i < N; i++) {
      actual[i] = [i % 10 === 0 ? null : flat[i] * 0.8];
      targets[i] = [flat[i]];
    }
    let bestBroadcast = Infinity;
    for (let rep = 0; rep < REPS; rep++) {
      const t = performance.now();
      const result = completion(actual, targets);
      bestBroadcast = Math.min(bestBroadcast, performance.now() - t);
      if (result[1][0] !== actual[1][0]! / targets[1][0] || result[0][0] !== "") {
        throw new Error("PLAN.COMPLETION gave a wrong result");
      }
    }
    return {
      functions: {
        elements: N,
        elementsPerSecond: Math.round(N / (bestCall / 1000)),
        callMs: Number(bestCall.toFixed(2)),
        bareLoopMs: Number(bestLoop.toFixed(2)),
        flatLoopMs: Number(bestFlat.toFixed(2)),
        loopRatio: Number((bestCall / bestLoop).toFixed(2)),
        checksum: Number(check.toFixed(3)),
        broadcastElementsPerSecond: Math.round(N / (bestBroadcast / 1000)),
      },
    };
  },
};
