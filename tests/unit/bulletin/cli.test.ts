/**
 * The bulletin command's contract: one-line errors and a non-zero exit for bad input, never an
 * input overwritten, no temporary file left behind, a summary workbook accepted as input.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { bulletinCommand } from "../../../src/cli/commands/bulletin";
import { collectCommand } from "../../../src/cli/commands/collect";
import { UserError } from "../../../src/cli/command";
import {
  BULLETIN_PLAN,
  buildBulletinScenario,
  removeBulletinScenarios,
  type BulletinScenario,
} from "./scenario";

const dir = mkdtempSync(join(tmpdir(), "ip-cli-bulletin-"));
const planPath = join(dir, "plan.json");
writeFileSync(planPath, JSON.stringify(BULLETIN_PLAN));
let log: jest.SpyInstance;
let s: BulletinScenario;

beforeAll(async () => {
  log = jest.spyOn(console, "log").mockImplementation(() => undefined);
  s = await buildBulletinScenario();
});
afterAll(() => {
  log.mockRestore();
  removeBulletinScenarios();
  rmSync(dir, { recursive: true, force: true });
});

const hash = (p: string) => createHash("sha256").update(readFileSync(p)).digest("hex");

async function fails(args: string[], message: RegExp): Promise<void> {
  const run = bulletinCommand.run(args);
  await expect(run).rejects.toThrow(UserError);
  await expect(bulletinCommand.run(args)).rejects.toThrow(message);
  const e = await bulletinCommand.run(args).catch((x: UserError) => x);
  expect((e as UserError).message).not.toContain("\n");
  expect((e as UserError).code).not.toBe(0);
}

describe("bulletin CLI", () => {
  it("writes the document from the returned forms, leaving the inputs and no temporary file", async () => {
    const before = s.files.map((f) => hash(join(s.dir, f)));
    const out = join(dir, "通报.docx");
    expect(
      await bulletinCommand.run([s.dir, "--plan", planPath, "--out", out, "--as-of", "2024-06-30"]),
    ).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(out));
    const doc = await zip.file("word/document.xml")!.async("string");
    expect(doc).toContain("关于2024年第二季度专利工作进展情况的通报".slice(0, 12));
    expect(doc).toContain("(发文机关)"); // no --issuer: a marked placeholder
    expect(s.files.map((f) => hash(join(s.dir, f)))).toEqual(before);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    // An existing document is kept unless --force.
    const kept = hash(out);
    await fails([s.dir, "--plan", planPath, "--out", out], /已存在 .*already exists/);
    expect(hash(out)).toBe(kept);
    expect(
      await bulletinCommand.run([s.dir, "--plan", planPath, "--out", out, "--force", "--lang", "en"]),
    ).toBe(0);
    const en = await (await JSZip.loadAsync(readFileSync(out))).file("word/document.xml")!.async("string");
    expect(en).toContain("Bulletin on the progress of");
  });

  it("accepts a summary workbook written by collect", async () => {
    const summary = join(dir, "汇总.xlsx");
    expect(await collectCommand.run([s.dir, "--plan", planPath, "--out", summary])).toBe(0);
    const out = join(dir, "from-summary.docx");
    expect(await bulletinCommand.run([summary, "--plan", planPath, "--out", out, "--charts", "none"])).toBe(
      0,
    );
    const doc = await (await JSZip.loadAsync(readFileSync(out))).file("word/document.xml")!.async("string");
    expect(doc).toContain("长乐县未报送");
    expect(doc).not.toContain("<w:drawing>");
  });

  it("answers bad input with one line and a non-zero exit", async () => {
    const out = join(dir, "x.docx");
    await fails([s.dir, "--out", out], /缺少 --plan/);
    await fails([s.dir, "--plan", planPath], /缺少 --out/);
    await fails(["--plan", planPath, "--out", out], /缺少回收的文件/);
    await fails([s.dir, "--plan", planPath, "--out", join(dir, "x.xlsx")], /\.docx/);
    await fails([s.dir, "--plan", planPath, "--out", out, "--as-of", "2024-02-30"], /--as-of/);
    await fails([s.dir, "--plan", planPath, "--out", out, "--charts", "7"], /--charts/);
    await fails([join(dir, "nope"), "--plan", planPath, "--out", out], /找不到 not found/);
    expect(existsSync(out)).toBe(false);
  });

  it("never writes over an input, even one named through another path", async () => {
    const form = join(s.dir, s.files[0]);
    const copy = join(dir, "form.docx");
    writeFileSync(copy, readFileSync(form));
    const before = hash(copy);
    await fails(
      [copy, "--plan", planPath, "--out", join(dir, ".", "form.docx"), "--force"],
      /输出文件就是输入文件/,
    );
    expect(hash(copy)).toBe(before);
  });
});
