import type { Benchmark } from "./types";

// Placeholder until the issue that owns these figures lands them.
export const functionsBench: Benchmark = {
  name: "functions",
  async run() {
    return {};
  },
};
