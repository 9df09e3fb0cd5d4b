/**
 * The bulletin in the browser (the pane, lazy-loaded: docx and echarts are large): model,
 * charts drawn through a canvas, the .docx bytes. No Node API on this path.
 */
import type { Consolidation } from "../collect/consolidate";
import { chartPngBrowser } from "./chartBrowser";
import { bulletinDocx } from "./docx";
import { buildBulletin, type Bulletin, type BulletinOptions } from "./model";

export { BulletinError } from "./model";

export async function bulletinDocxBrowser(
  c: Consolidation,
  opts: BulletinOptions = {},
): Promise<{ bulletin: Bulletin; bytes: Uint8Array }> {
  const bulletin = buildBulletin(c, opts);
  const charts = [];
  for (const s of bulletin.sections) charts.push(s.chart ? await chartPngBrowser(s.chart) : undefined);
  return { bulletin, bytes: await bulletinDocx(bulletin, charts) };
}
