/**
 * Browser APIs that Fluent UI uses and jsdom lacks. Layout does not exist in jsdom, so an
 * observer that never reports is what a real one would do here. Import first in each test file.
 */
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "node:util";
class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

const g = globalThis as unknown as Record<string, unknown>;
if (typeof g.ResizeObserver === "undefined") g.ResizeObserver = NoLayoutResizeObserver;

// Every browser has TextEncoder and TextDecoder (file names bounded in UTF-8 bytes, zip
// directories read before inflating); jsdom has neither.
if (typeof g.TextEncoder === "undefined") g.TextEncoder = NodeTextEncoder;
if (typeof g.TextDecoder === "undefined") g.TextDecoder = NodeTextDecoder;
