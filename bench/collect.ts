import type { Benchmark } from "./types";

// Placeholder until the issue that owns these figures lands them.
export const collectBench: Benchmark = {
  name: "collect",
  async run() {
    return {};
  },
};
