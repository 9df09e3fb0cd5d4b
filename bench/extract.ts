import type { Benchmark } from "./types";

// Placeholder until the issue that owns these figures lands them.
export const extractBench: Benchmark = {
  name: "extract",
  async run() {
    return {};
  },
};
