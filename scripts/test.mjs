#!/usr/bin/env node
/**
 * `npm test`: every check, in the order that fails fastest:
 * lint and format, type check, production build, then all Jest projects (unit, components,
 * LibreOffice recalculation, headless-Chromium end-to-end, manifest check against the build).
 * Ends with one summary line "N passed, N failed" and a non-zero exit on any failure.
 * Extra arguments go to Jest (e.g. `npm test -- --selectProjects unit`).
 */
import { spawnSync } from "node:child_process";
import { readFileSync, mkdirSync, existsSync, rmSync } from "node:fs";

const steps = [
  ["eslint", ["npx", "eslint", "--max-warnings=0", "."]],
  ["prettier", ["npx", "prettier", "--check", "--log-level=warn", "."]],
  ["typecheck", ["npx", "tsc", "--noEmit", "-p", "tsconfig.json"]],
  ["build", ["npx", "webpack", "--mode", "production"]],
];

let failedSteps = 0;
for (const [name, [cmd, ...args]] of steps) {
  const t0 = Date.now();
  console.log(`\n=== ${name} ===`);
  const r = spawnSync(cmd, args, { stdio: "inherit" });
  console.log(
    `--- ${name}: ${r.status === 0 ? "ok" : "FAILED"} (${((Date.now() - t0) / 1000).toFixed(1)} s)`,
  );
  if (r.status !== 0) failedSteps++;
  // A failed build must not leave an older dist/ for the build and browser tests to pass against.
  if (r.status !== 0 && name === "build") rmSync("dist", { recursive: true, force: true });
}

console.log("\n=== jest ===");
mkdirSync("test-artifacts", { recursive: true });
const report = "test-artifacts/jest-report.json";
// Two workers on the 2-core machines: LibreOffice and Chromium suites mostly wait on child processes.
const jestArgs = [
  "jest",
  "--ci",
  "--maxWorkers=2",
  "--json",
  `--outputFile=${report}`,
  ...process.argv.slice(2),
];
const j = spawnSync("npx", jestArgs, { stdio: "inherit" });

let passed = 0;
let failed = 0;
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, "utf8"));
  passed = r.numPassedTests;
  failed = r.numFailedTests + r.numRuntimeErrorTestSuites;
  if (r.numPendingTests + r.numTodoTests > 0) {
    console.log(`skipped or todo tests are not allowed: ${r.numPendingTests + r.numTodoTests}`);
    failed += r.numPendingTests + r.numTodoTests;
  }
} else {
  failed = 1;
}
if (j.status !== 0 && failed === 0) failed = 1;
failed += failedSteps;
console.log(`\nchecks: ${steps.length - failedSteps}/${steps.length} steps ok`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
