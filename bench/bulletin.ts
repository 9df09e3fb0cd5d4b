/**
 * bulletin.cliSeconds: `npm run cli -- bulletin` for the 10-county, 6-indicator round (one county
 * missing, one form rejected), as a user runs it: a fresh process reading the returned forms,
 * consolidating, drawing three charts and writing the .docx. bulletin.warmSeconds: the same
 * document again in this process (model, charts, docx) once echarts and resvg are loaded.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Benchmark } from "./types";
import { consolidate } from "../src/collect/consolidate";
import { bulletinDocxNode } from "../src/bulletin/node";
import {
  BULLETIN_PLAN,
  buildBulletinScenario,
  removeBulletinScenarios,
} from "../tests/unit/bulletin/scenario";

const ROOT = resolve(__dirname, "..");

export const bulletinBench: Benchmark = {
  name: "bulletin",
  async run() {
    const s = await buildBulletinScenario();
    const work = mkdtempSync(join(tmpdir(), "ip-bench-bulletin-"));
    try {
      const plan = join(work, "plan.json");
      writeFileSync(plan, JSON.stringify(BULLETIN_PLAN));
      const out = join(work, "通报.docx");
      const tsx = join(ROOT, "node_modules", ".bin", "tsx");
      const t0 = performance.now();
      execFileSync(tsx, ["src/cli/main.ts", "bulletin", s.dir, "--plan", plan, "--out", out], {
        cwd: ROOT,
        stdio: "ignore",
      });
      const cliSeconds = (performance.now() - t0) / 1000;
      const c = await consolidate(
        s.files.map((f) => ({ name: f, bytes: readFileSync(join(s.dir, f)) })),
        BULLETIN_PLAN,
      );
      await bulletinDocxNode(c); // load echarts and resvg once
      const t1 = performance.now();
      const { bytes } = await bulletinDocxNode(c);
      const warmSeconds = (performance.now() - t1) / 1000;
      return {
        bulletin: {
          cliSeconds: Number(cliSeconds.toFixed(2)),
          warmSeconds: Number(warmSeconds.toFixed(3)),
          docxBytes: bytes.length,
          cliDocxBytes: statSync(out).size,
        },
      };
    } finally {
      rmSync(work, { recursive: true, force: true });
      removeBulletinScenarios();
    }
  },
};
