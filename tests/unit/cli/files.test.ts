/**
 * The CLI's file safety, each case with real files: FIFOs, devices and dangling links are
 * reported problems (no hang, no stop); an output that is an input (or links to one) is
 * refused even with --force; limits are one line, up front; a crafted zip bomb is refused
 * before inflating; bidi characters never reach a file name; a file-size limit leaves no
 * truncated file; a closed stdout ends quietly.
 */
import { execFileSync, spawn } from "node:child_process";
import {
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import JSZip from "jszip";
import { UserError } from "../../../src/cli/command";
import { newCommand } from "../../../src/cli/commands/new";
import { shareCommand } from "../../../src/cli/commands/share";
import { collectCommand } from "../../../src/cli/commands/collect";
import { distributeCommand } from "../../../src/cli/commands/distribute";
import { distributeForms } from "../../../src/collect/distribute";
import { consolidate } from "../../../src/collect/consolidate";
import { overInflation } from "../../../src/cli/files";
import { MAX_UNCOMPRESSED_BYTES } from "../../../src/share/zipLimits";
import { PLAN } from "../collect/forms";

const ROOT = resolve(__dirname, "../../..");
const TSX = join(ROOT, "node_modules/.bin/tsx");
const dir = mkdtempSync(join(tmpdir(), "ip-files-"));
const planPath = join(dir, "plan.json");
writeFileSync(planPath, JSON.stringify(PLAN));
let log: jest.SpyInstance;
beforeAll(() => {
  log = jest.spyOn(console, "log").mockImplementation(() => undefined);
});
afterAll(() => {
  log.mockRestore();
  rmSync(dir, { recursive: true, force: true });
});

async function refusal(p: Promise<unknown>): Promise<string> {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(UserError);
  const m = (e as Error).message;
  expect(m.split("\n")).toHaveLength(1);
  return m;
}

/** Sets the sizes one entry declares, in its local header and the central directory. */
function declare(zip: Buffer, name: string, uncompressed: number): Buffer {
  const b = Buffer.from(zip);
  const n = Buffer.from(name);
  for (let i = 0; i < b.length - 46; i++) {
    const sig = b.readUInt32LE(i);
    if (
      sig === 0x04034b50 &&
      b.subarray(i + 30, i + 30 + n.length).equals(n) &&
      b.readUInt16LE(i + 26) === n.length
    )
      b.writeUInt32LE(uncompressed, i + 22);
    if (
      sig === 0x02014b50 &&
      b.subarray(i + 46, i + 46 + n.length).equals(n) &&
      b.readUInt16LE(i + 28) === n.length
    )
      b.writeUInt32LE(uncompressed, i + 24);
  }
  return b;
}

async function formWith(extra: Buffer): Promise<Buffer> {
  const [form] = await distributeForms(PLAN, "quarterly-report");
  const zip = await JSZip.loadAsync(form.bytes);
  zip.file("xl/media/filler.bin", extra, { compression: "DEFLATE" });
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

describe("inputs: only regular files are read", () => {
  it("a FIFO, /dev/zero and a dangling link among returned files are reported; the rest is read", async () => {
    const forms = await distributeForms(PLAN, "quarterly-report");
    const back = join(dir, "returned");
    mkdirSync(back);
    writeFileSync(join(back, forms[0].fileName), forms[0].bytes);
    writeFileSync(join(back, forms[1].fileName), forms[1].bytes);
    execFileSync("mkfifo", [join(back, "管道.xlsx")]);
    symlinkSync(join(back, "gone.xlsx"), join(back, `季度通报_${PLAN.regions![2]}.xlsx`));
    const out = join(dir, "summary-fifo.xlsx");
    expect(await collectCommand.run([back, "/dev/zero", "--plan", planPath, "--out", out])).toBe(0);
    const printed = log.mock.calls.map((c) => String(c[0])).join("\n");
    expect(printed).toContain("管道.xlsx: 不是普通文件(管道(FIFO)),未读取,已跳过");
    expect(printed).toContain("zero: 不是普通文件(设备文件),未读取,已跳过");
    // the dangling link is named after 西城区: its form arrived but could not be read
    expect(printed).toContain("西城区的报表已收到,但未能采用:链接指向的文件不存在");
    expect(printed).toContain("县(市)区 2/10 已报送,1 个已收到未采用");
    expect(existsSync(out)).toBe(true);
  });

  it("a plan that is a FIFO or a dangling link is one line, not a hang", async () => {
    const fifo = join(dir, "plan.fifo");
    execFileSync("mkfifo", [fifo]);
    const out = join(dir, "x.xlsx");
    expect(await refusal(newCommand.run(["annual-plan", "--plan", fifo, "--out", out]))).toContain(
      "不是普通文件(管道(FIFO))",
    );
    const dangling = join(dir, "plan-link.json");
    symlinkSync(join(dir, "nothing.json"), dangling);
    expect(await refusal(newCommand.run(["annual-plan", "--plan", dangling, "--out", out]))).toContain(
      "链接指向的文件不存在",
    );
    expect(existsSync(out)).toBe(false);
  });
});

describe("outputs: never an input, always whole", () => {
  it("refuses an output that is the plan, a symbolic or a hard link to it, even with --force", async () => {
    const before = readFileSync(planPath);
    const soft = join(dir, "soft.xlsx");
    const hard = join(dir, "hard.xlsx");
    symlinkSync(planPath, soft);
    linkSync(planPath, hard);
    for (const out of [planPath, soft, hard]) {
      const m = await refusal(newCommand.run(["annual-plan", "--plan", planPath, "--out", out, "--force"]));
      expect(m).toContain("输出文件就是输入文件(或指向它的链接)");
    }
    const back = join(dir, "returned");
    await refusal(collectCommand.run([back, "--plan", planPath, "--out", soft, "--force"]));
    expect(readFileSync(planPath).equals(before)).toBe(true);
  });

  it("share refuses --out linking to its input, even with --force", async () => {
    const [form] = await distributeForms(PLAN, "quarterly-report");
    const input = join(dir, "in.xlsx");
    writeFileSync(input, form.bytes);
    const link = join(dir, "in-link.xlsx");
    symlinkSync(input, link);
    await refusal(shareCommand.run([input, "--out", link, "--force"]));
    expect(readFileSync(input).equals(Buffer.from(form.bytes))).toBe(true);
  });

  it("a file-size limit (and so a full disk) leaves the old output as it was, and no temporary file", () => {
    const work = join(dir, "xfsz");
    mkdirSync(work);
    const out = join(work, "report.xlsx");
    writeFileSync(out, "the previous report");
    // 4 blocks of 512 bytes: the workbook (about 10 KB) cannot be written whole.
    const r = spawnSync(
      `ulimit -f 4; exec "${TSX}" src/cli/main.ts new quarterly-report --plan "${planPath}" --out "${out}" --force`,
    );
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toEqual([
      `错误 / error: 未能写入 ${out} not written (超出文件大小限制 file size limit exceeded); 没有留下不完整的文件 no partial file left`,
    ]);
    expect(readFileSync(out, "utf8")).toBe("the previous report");
    expect(readdirSync(work)).toEqual(["report.xlsx"]);
  });

  it("a closed stdout ends quietly, and the outputs are whole", async () => {
    const out = join(dir, "forms-epipe");
    const r = await new Promise<{ code: number | null; stderr: string }>((done) => {
      const child = spawn(TSX, ["src/cli/main.ts", "distribute", "--plan", planPath, "--out", out], {
        cwd: ROOT,
      });
      child.stdout.destroy(); // the reader is gone before the first line
      let stderr = "";
      child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
      child.on("close", (code) => done({ code, stderr }));
    });
    expect(r).toEqual({ code: 0, stderr: "" });
    expect(readdirSync(out)).toHaveLength(PLAN.regions!.length);
  }, 60000);
});

function spawnSync(script: string): { code: number; stderr: string } {
  try {
    execFileSync("bash", ["-c", script], { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] });
    return { code: 0, stderr: "" };
  } catch (e) {
    const x = e as { status: number; stderr: Buffer };
    return { code: x.status, stderr: x.stderr.toString() };
  }
}

describe("limits, checked before any work", () => {
  it("a plan of 3,000 indicators, or a 40,000-character title, is one line", async () => {
    const many = join(dir, "many.json");
    writeFileSync(
      many,
      JSON.stringify({
        ...PLAN,
        indicators: Array.from({ length: 3000 }, (_, i) => ({ name: `指标${i}`, unit: "件", target: 1 })),
      }),
    );
    const m = await refusal(
      newCommand.run(["quarterly-report", "--plan", many, "--out", join(dir, "m.xlsx")]),
    );
    expect(m).toContain("指标过多:3000 个,上限 1000 个");
    const long = join(dir, "long.json");
    writeFileSync(long, JSON.stringify({ ...PLAN, title: "长".repeat(40000) }));
    expect(
      await refusal(newCommand.run(["annual-plan", "--plan", long, "--out", join(dir, "l.xlsx")])),
    ).toContain("规划标题过长:40000 个字符,一个单元格最多容纳 32767 个");
    expect(existsSync(join(dir, "m.xlsx")) || existsSync(join(dir, "l.xlsx"))).toBe(false);
  });

  it("a zip bomb is refused from its declared sizes, before anything is inflated", async () => {
    const filler = Buffer.alloc(64 * 1024, 0x20);
    const honest = await formWith(filler);
    const bomb = declare(honest, "xl/media/filler.bin", MAX_UNCOMPRESSED_BYTES + 1);
    expect(bomb.length).toBeLessThan(100_000);
    const c = await consolidate([{ name: "bomb.xlsx", bytes: bomb }], PLAN);
    const p = c.problems.find((x) => x.file === "bomb.xlsx");
    expect(p).toMatchObject({ code: "too-large", severity: "error" });
    expect(p?.zh).toContain("可能是压缩炸弹,未解压");
  });

  it("a package that under-declares is refused: by the data's size, or by a capped inflate (CLI)", async () => {
    const zeros = Buffer.alloc(8 * 1024 * 1024);
    const liar = declare(await formWith(zeros), "xl/media/filler.bin", 1000);
    const c = await consolidate([{ name: "liar.xlsx", bytes: liar }], PLAN);
    expect(c.problems.find((x) => x.file === "liar.xlsx")?.zh).toContain("声明的大小与压缩数据不符,未解压");
    // Declares 20 KB (more than its ~8 KB of data, so the directory looks plausible): only
    // inflating tells, and the CLI stops at 20 KB.
    const subtle = declare(await formWith(zeros), "xl/media/filler.bin", 20_000);
    expect(overInflation(subtle)?.zh).toContain("解压后超过其声明的大小(20000 字节),可能是压缩炸弹");
    const form = (await distributeForms(PLAN, "quarterly-report"))[0].bytes;
    expect(overInflation(form)).toBeUndefined();
    const back = join(dir, "bombs");
    mkdirSync(back);
    writeFileSync(join(back, "subtle.xlsx"), subtle);
    expect(await collectCommand.run([back, "--plan", planPath, "--out", join(dir, "s.xlsx")])).toBe(0);
    const printed = log.mock.calls.map((c) => String(c[0])).join("\n");
    expect(printed).toContain("subtle.xlsx: “xl/media/filler.bin”解压后超过其声明的大小");
  });
});

describe("file names", () => {
  it("bidi and control characters in a region never reach a file name; names fit in 255 bytes", async () => {
    const plan = { ...PLAN, regions: ["城\u202Eslx.exe关区", "新\u0007桥镇", "长".repeat(120)] };
    const p = join(dir, "bidi.json");
    writeFileSync(p, JSON.stringify(plan));
    const out = join(dir, "bidi");
    expect(await distributeCommand.run(["--plan", p, "--out", out])).toBe(0);
    const names = readdirSync(out).sort();
    expect(names).toContain("季度通报_城slx.exe关区.xlsx");
    expect(names).toContain("季度通报_新_桥镇.xlsx");
    for (const n of names) {
      expect([n, /[\u0000-\u001f\u202a-\u202e\u2066-\u2069]/.test(n)]).toEqual([n, false]);
      expect(Buffer.byteLength(n)).toBeLessThanOrEqual(255);
    }
  });
});
