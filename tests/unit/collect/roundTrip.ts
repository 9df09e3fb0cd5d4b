/**
 * The round-trip scenario shared by the unit and LibreOffice tests: distribute to ten regions,
 * fill every form with a deliberate fault of each kind, write them to a directory.
 * `expected` holds, per region, the values the summary must contain (in the plan's units).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { distributeForms } from "../../../src/collect/distribute";
import { STAMP_PREFIX } from "../../../src/model/stamp";
import { PLAN, REGIONS, actualCol, fill, load, rearranged, save, targetCol, type Inputs } from "./forms";

export interface Scenario {
  dir: string;
  files: string[];
  /** Per region: [indicator][target, actual] as the summary must hold them; null = missing region. */
  expected: ((number | null)[][] | null)[];
}

function clean(j: number): Inputs {
  return [
    [40 + j, 20 + 2 * j],
    [6, 3 + (j % 3)],
    [100, 50 + 10 * j],
    [0.3, Number((0.1 + 0.01 * j).toFixed(2))],
  ];
}

const created: string[] = [];

/** Removes the directories buildScenario made (call from afterAll). */
export function removeScenarios(): void {
  for (const d of created.splice(0)) rmSync(d, { recursive: true, force: true });
}

export async function buildScenario(): Promise<Scenario> {
  const dir = mkdtempSync(join(tmpdir(), "ip-collect-"));
  created.push(dir);
  const forms = await distributeForms(PLAN, "quarterly-report", { lang: "zh", asOf: "2024-06-30" });
  const expected: Scenario["expected"] = REGIONS.map((_, j) => clean(j) as (number | null)[][]);
  const files: string[] = [];
  const write = (name: string, bytes: Uint8Array | Buffer) => {
    writeFileSync(join(dir, name), bytes);
    files.push(name);
  };
  for (let j = 0; j < forms.length; j++) {
    const f = forms[j];
    const wb = await load(f.bytes);
    const ws = wb.worksheets[0];
    const inputs = clean(j);
    switch (j) {
      case 1: // numbers typed as text
        inputs[0] = ["2万", "1,234"];
        inputs[1] = [6, "５"];
        expected[j]![0] = [20000, 1234];
        expected[j]![1] = [6, 5];
        break;
      case 2: // a different unit: the column says 元 where the plan says 万元; a "12%" text
        ws.getCell(3, targetCol(2)).value = "专利实施产值(元)";
        inputs[2] = [1000000, 600000];
        inputs[3] = [0.3, "12%"];
        expected[j]![2] = [100, 60];
        expected[j]![3] = [0.3, 0.12];
        break;
      case 3: // calculated cells overwritten with typed values (below)
        break;
      case 4: // empty required inputs
        inputs[1] = [6, null];
        inputs[2] = [null, 90];
        expected[j]![1] = [6, null];
        expected[j]![2] = [null, 90];
        break;
      case 6: // not a number; another template version
        inputs[0] = [46, "不详"];
        expected[j]![0] = [46, null];
        break;
      case 7: // a stamp of another plan: not read, so the region's form is rejected (not missing)
        expected[j] = null;
        break;
      case 9: // never returned
        expected[j] = null;
        continue;
    }
    fill(ws, inputs);
    if (j === 3) {
      ws.getCell(5, actualCol(0) + 1).value = 0.95; // 完成率
      ws.getCell(5, actualCol(1) + 3).value = "正常"; // 状态
    }
    if (j === 6 || j === 7) {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value === "string" && cell.value.startsWith(STAMP_PREFIX)) {
            cell.value =
              j === 6
                ? cell.value.replace('"v":1', '"v":2')
                : cell.value.replace(PLAN.title, "2023年另一个计划");
          }
        }),
      );
    }
    if (j === 5) {
      // rows inserted above, indicator blocks swapped, sheet renamed
      write(f.fileName, await save(rearranged(ws, 2, "我的表")));
      continue;
    }
    write(f.fileName, await save(wb));
    if (j === 8) {
      // the same region a second time, with other numbers: not used
      fill(ws, [
        [1, 1],
        [1, 1],
        [1, 1],
        [1, 1],
      ]);
      write(`${f.fileName.replace(".xlsx", "")}_再次.xlsx`, await save(wb));
    }
  }
  // Files that are not usable forms
  write("说明.xlsx", Buffer.from("这不是工作簿"));
  write(
    "加密.xlsx",
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]),
  );
  write("损坏.xlsx", Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 1)]));
  const plain = await load(await distributeForms(PLAN, "quarterly-report").then((f) => f[0].bytes));
  plain.worksheets[0].eachRow((row) =>
    row.eachCell((cell) => {
      if (typeof cell.value === "string" && cell.value.startsWith(STAMP_PREFIX)) cell.value = null;
    }),
  );
  write("无标记.xlsx", await save(plain));
  return { dir, files, expected };
}
