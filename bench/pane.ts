import type { Benchmark } from "./types";

// Placeholder until the issue that owns these figures lands them.
export const paneBench: Benchmark = {
  name: "pane",
  async run() {
    return {};
  },
};
