/**
 * Collect and the 填报表 fields: a form filled in with 填报人, 联系电话 and 填报日期 as well as its
 * numbers is read with no extra problem, the fields survive in the file as written (text phone,
 * date format, unlocked), and a form issued before (six columns with 排名) is still read.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { distributeForms } from "../../../src/collect/distribute";
import { consolidate } from "../../../src/collect/consolidate";
import { readForm } from "../../../src/collect/readForm";
import { FORM_DATE_FORMAT_ZH } from "../../../src/model/templates/formFields";
import { DATA_ROW, PLAN, REGIONS, fieldCell, fill, load, save, type Inputs } from "./forms";

const INPUTS: Inputs = [
  [40, 20],
  [6, 3],
  [100, 55],
  [0.3, 0.12],
];
const VALUES = INPUTS.map(([target, actual]) => ({ target, actual }));

describe("the 填报表 fields on a returned form", () => {
  it("are written as text, date and inputs, and read back with no problem", async () => {
    const forms = await distributeForms(PLAN, "quarterly-report", { lang: "zh", asOf: "2024-06-30" });
    const files: { name: string; bytes: Buffer }[] = [];
    for (const f of forms.slice(0, 3)) {
      const wb = await load(f.bytes);
      const ws = wb.worksheets[0];
      expect(fieldCell(ws, "填报单位").value).toBe(f.region);
      expect(fieldCell(ws, "填报单位").protection?.locked).not.toBe(false);
      const person = fieldCell(ws, "填报人");
      const phone = fieldCell(ws, "联系电话");
      const date = fieldCell(ws, "填报日期");
      for (const c of [person, phone, date]) expect(c.protection?.locked).toBe(false);
      expect(phone.numFmt).toBe("@");
      expect(date.numFmt).toBe(FORM_DATE_FORMAT_ZH);
      expect(ws.getCell(date.address).dataValidation?.type).toBe("date");
      fill(ws, INPUTS);
      person.value = "张三";
      phone.value = "0931-8123456";
      date.value = new Date(Date.UTC(2024, 6, 5));
      files.push({ name: f.fileName, bytes: await save(wb) });
    }
    const back = await load(files[0].bytes);
    expect(fieldCell(back.worksheets[0], "联系电话").value).toBe("0931-8123456");

    const c = await consolidate(files, PLAN);
    expect(c.regions.slice(0, 3).map((r) => [r.region, r.status, r.row?.values])).toEqual(
      REGIONS.slice(0, 3).map((r) => [r, "submitted", VALUES]),
    );
    // Only the seven regions that sent nothing: no problem from the fields.
    expect(c.problems.map((p) => p.code)).toEqual(Array(7).fill("missing-region"));
  });

  it("are never taken for a region row, wherever the 填报单位 value sits", async () => {
    const [f] = await distributeForms(PLAN, "quarterly-report", { lang: "zh", asOf: "2024-06-30" });
    const wb = await load(f.bytes);
    const ws = wb.worksheets[0];
    fill(ws, INPUTS);
    // A county that unmerged the label and typed its name again in the region column.
    const unit = fieldCell(ws, "填报单位");
    ws.unMergeCells(Number(unit.row), 1, Number(unit.row), 2);
    ws.getCell(Number(unit.row), 1).value = "填报单位:";
    ws.getCell(Number(unit.row), 2).value = REGIONS[0];
    ws.getCell(Number(unit.row) + 3, 2).value = "备注:无";
    const r = readForm(await load(await save(wb)), PLAN, "f.xlsx");
    expect(r.rows.map((x) => [x.region, x.row, x.values])).toEqual([[REGIONS[0], DATA_ROW, VALUES]]);
    expect(r.problems).toEqual([]);
  });
});

describe("a form issued before 排名 was dropped (six columns per indicator)", () => {
  it("is still read by its labels", async () => {
    const wb = await load(readFileSync(join(__dirname, "../../fixtures/forms/quarterly-form-v1-rank.xlsx")));
    const ws = wb.worksheets[0];
    expect(ws.getCell(4, 8).value).toBe("排名");
    INPUTS.forEach(([t, a], i) => {
      ws.getCell(DATA_ROW, 3 + 6 * i).value = t;
      ws.getCell(DATA_ROW, 4 + 6 * i).value = a;
    });
    const bytes = await save(wb);
    const r = readForm(await load(bytes), PLAN, "old.xlsx");
    expect(r.rows.map((x) => [x.region, x.values])).toEqual([[REGIONS[0], VALUES]]);
    expect(r.problems).toEqual([]);
    const c = await consolidate([{ name: "季度通报_城关区.xlsx", bytes }], PLAN);
    expect([c.regions[0].status, c.regions[0].row?.values]).toEqual(["submitted", VALUES]);
  });
});
