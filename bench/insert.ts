import type { Benchmark } from "./types";

// Placeholder until the issue that owns these figures lands them.
export const insertBench: Benchmark = {
  name: "insert",
  async run() {
    return {};
  },
};
