#!/usr/bin/env node
/**
 * `npm run validate [-- --offline]`: the offline manifest check (scripts/check-manifest.ts, the
 * same one tests/build/manifest.test.ts runs) against dist/, building first if there is no build.
 * When Microsoft's validation service is reachable it also runs their online validator
 * (office-addin-manifest); offline it says so and the offline result decides the exit code.
 * ADDIN_PUBLIC_URL=… checks a production build against that URL.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { connect } from "node:tls";
import { resolve } from "node:path";
import { tsImport } from "tsx/esm/api";

const require = createRequire(import.meta.url);
const ROOT = resolve(import.meta.dirname, "..");
const DIST = resolve(ROOT, "dist");
const MANIFEST = resolve(DIST, "manifest.xml");
const SERVICE = "validationgateway.omex.office.net";

const { publicUrl } = require("../webpack.config.js");
const { checkManifest } = await tsImport("./check-manifest.ts", import.meta.url);

function reachable(host, timeoutMs = 4000) {
  return new Promise((done) => {
    const socket = connect({ host, port: 443, servername: host, timeout: timeoutMs });
    const finish = (ok) => {
      socket.destroy();
      done(ok);
    };
    socket.once("secureConnect", () => finish(true));
    socket.once("timeout", () => finish(false));
    socket.once("error", () => finish(false));
  });
}

let baseUrl;
try {
  baseUrl = publicUrl(process.env.ADDIN_PUBLIC_URL);
} catch (err) {
  console.error(`✗ ${err.message}`);
  process.exit(1);
}

if (!existsSync(MANIFEST)) {
  console.log("No build in dist/: building (webpack --mode production) …");
  const build = spawnSync("npx", ["webpack", "--mode", "production"], { cwd: ROOT, stdio: "inherit" });
  if (build.status !== 0) {
    console.error("✗ the build failed; the manifest was not checked");
    process.exit(1);
  }
}

console.log(`Offline checks of ${MANIFEST} against ${DIST} (served at ${baseUrl}):`);
const result = checkManifest({ manifestPath: MANIFEST, distDir: DIST, baseUrl });
for (const line of result.passed) console.log(`  ✓ ${line}`);
for (const line of result.problems) console.log(`  ✗ ${line}`);
const offlineOk = result.problems.length === 0;
console.log(
  offlineOk ? "Offline checks passed." : `Offline checks failed: ${result.problems.length} problem(s).`,
);
if (result.problems.some((p) => p.includes(" is not under "))) {
  console.log(`  dist/ was built for another URL: rebuild with ADDIN_PUBLIC_URL=${baseUrl} npm run build`);
}

if (process.argv.includes("--offline")) {
  console.log("Microsoft's online validator: skipped (--offline).");
  process.exit(offlineOk ? 0 : 1);
}
if (!(await reachable(SERVICE))) {
  console.log(`Microsoft's online validator: skipped, ${SERVICE} is not reachable (offline / intranet).`);
  console.log("离线环境:已完成本地清单检查,跳过微软在线验证。");
  process.exit(offlineOk ? 0 : 1);
}

console.log(`Microsoft's online validator (${SERVICE}):`);
const { validateManifest } = require("office-addin-manifest");
let onlineOk = false;
try {
  const v = await validateManifest(MANIFEST, baseUrl !== "https://localhost:3000/");
  onlineOk = v.isValid === true;
  const report = v.report ?? {};
  for (const issue of [...(report.errors ?? []), ...(report.warnings ?? [])]) {
    console.log(`  ${issue.title}: ${issue.content ?? issue.detail ?? ""}`);
  }
  console.log(
    onlineOk ? "  ✓ accepted" : `  ✗ not accepted (${v.status ?? ""} ${v.statusText ?? ""})`.trimEnd(),
  );
} catch (err) {
  // A service that vanished mid-check is an offline case, not a broken manifest.
  console.log(`  skipped: ${err.message.split("\n")[0]}`);
  onlineOk = true;
}
process.exit(offlineOk && onlineOk ? 0 : 1);
