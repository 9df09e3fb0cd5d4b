/** The production build under test (tests/support/staticServer.ts serves it). */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";

export const DIST = resolve(__dirname, "../../dist");

/** Fails loudly: a missing build must never make these tests pass by skipping. */
export function requireDist(): void {
  if (!existsSync(join(DIST, "manifest.xml")) || !existsSync(join(DIST, "taskpane.html"))) {
    throw new Error(
      `The production build is missing (${DIST}/manifest.xml, taskpane.html). ` +
        "Run `npm run build` first; `npm test` builds before it runs Jest.",
    );
  }
}
