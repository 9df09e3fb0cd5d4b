/**
 * workbenchFiles: the workbench's .xlsx converter on the quarterly report of 200 indicators ×
 * 150 regions (the file the .xlsx writer makes): file → Univer snapshot and snapshot → file.
 * Goal: seconds, not minutes.
 */
import type { Benchmark } from "./types";
import { bigPlan } from "./insert";
import { buildTemplate } from "../src/model/templates";
import { writeXlsx } from "../src/writers/xlsx";
import { exportXlsx, xlsxToSnapshot } from "../src/workbench/xlsx";

export const workbenchFilesBench: Benchmark = {
  name: "workbenchFiles",
  async run() {
    const model = buildTemplate("quarterly-report", bigPlan(), { asOf: "2024-06-30" });
    const file = new Uint8Array(await writeXlsx([model]));
    const t0 = performance.now();
    const { snapshot } = await xlsxToSnapshot(file);
    const importSeconds = (performance.now() - t0) / 1000;
    const t1 = performance.now();
    const { bytes } = await exportXlsx(snapshot);
    const exportSeconds = (performance.now() - t1) / 1000;
    let cells = 0;
    for (const sheet of Object.values(snapshot.sheets)) {
      for (const line of Object.values(sheet.cellData ?? {})) cells += Object.keys(line).length;
    }
    return {
      workbenchFiles: {
        cells,
        importSeconds: Number(importSeconds.toFixed(2)),
        exportSeconds: Number(exportSeconds.toFixed(2)),
        fileBytes: file.length,
        savedBytes: bytes.length,
      },
    };
  },
};
