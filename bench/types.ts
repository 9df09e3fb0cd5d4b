/** A benchmark section: returns its figures under its own key, e.g. { functions: { loopRatio: 1.8 } }. */
export type BenchResult = Record<string, Record<string, number | string>>;
export interface Benchmark {
  name: string;
  run(): Promise<BenchResult>;
}
