/**
 * Browser APIs that Fluent UI uses and jsdom lacks. Layout does not exist in jsdom, so an
 * observer that never reports is what a real one would do here. Import first in each test file.
 */
class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

const g = globalThis as unknown as Record<string, unknown>;
if (typeof g.ResizeObserver === "undefined") g.ResizeObserver = NoLayoutResizeObserver;
