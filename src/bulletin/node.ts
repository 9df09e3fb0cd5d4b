/** The bulletin in Node (CLI, tests, bench): model, charts drawn with resvg, the .docx bytes. */
import type { Consolidation } from "../collect/consolidate";
import { chartPng } from "./chartNode";
import { bulletinDocx } from "./docx";
import { buildBulletin, type Bulletin, type BulletinOptions } from "./model";

export async function bulletinDocxNode(
  c: Consolidation,
  opts: BulletinOptions = {},
): Promise<{ bulletin: Bulletin; bytes: Uint8Array }> {
  const bulletin = buildBulletin(c, opts);
  const charts = bulletin.sections.map((s) => (s.chart ? chartPng(s.chart) : undefined));
  return { bulletin, bytes: await bulletinDocx(bulletin, charts) };
}
