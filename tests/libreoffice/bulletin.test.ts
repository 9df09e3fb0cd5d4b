/**
 * The bulletin end to end: forms handed out and filled (10 counties, 6 indicators, one county
 * missing, one form rejected), the CLI writes the .docx, LibreOffice Writer prints it to PDF and
 * pdftotext reads it back. The numbers, ranks and named counties on the printed pages are checked
 * against the consolidation; page setup and fonts against GB/T 9704-2012 in the document's XML.
 * Page 1 is kept as test-artifacts/bulletin/page1.png.
 */
import { execFileSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import JSZip from "jszip";
import { convertDocument } from "../support/libreoffice";
import { bulletinCommand } from "../../src/cli/commands/bulletin";
import { consolidate } from "../../src/collect/consolidate";
import { buildBulletin, type Bulletin } from "../../src/bulletin/model";
import { tenthsText } from "../../src/bulletin/format";
import { CHAR_SPACE, LINE_PITCH } from "../../src/bulletin/docx";
import { serialFromIso } from "../../src/core/excelDate";
import {
  BULLETIN_PLAN,
  MISSING,
  REJECTED,
  buildBulletinScenario,
  removeBulletinScenarios,
} from "../unit/bulletin/scenario";

const ARTIFACTS = resolve(__dirname, "../../test-artifacts/bulletin");
const work = mkdtempSync(join(tmpdir(), "ip-bulletin-lo-"));
let log: jest.SpyInstance;

afterAll(() => {
  log?.mockRestore();
  removeBulletinScenarios();
  rmSync(work, { recursive: true, force: true });
});

/** The printed text with the page numbers and all white space taken out (lines wrap anywhere). */
function flat(text: string): string {
  return text.replace(/—\s*\d+\s*—/g, "").replace(/\s+/g, "");
}

const attr = (xml: string, el: string, name: string): string | undefined =>
  new RegExp(`<${el}\\b[^>]*\\b${name}="([^"]*)"`).exec(xml)?.[1];

describe("the quarterly bulletin printed by LibreOffice", () => {
  let b: Bulletin;
  let docx: Buffer;
  let pdf: string;
  let text: string;
  let layout: string;

  beforeAll(async () => {
    log = jest.spyOn(console, "log").mockImplementation(() => undefined);
    const s = await buildBulletinScenario();
    const planPath = join(work, "plan.json");
    writeFileSync(planPath, JSON.stringify(BULLETIN_PLAN));
    const out = join(work, "通报.docx");
    const code = await bulletinCommand.run([
      s.dir,
      "--plan",
      planPath,
      "--out",
      out,
      "--issuer",
      "某市知识产权局",
      "--date",
      "2024-07-10",
    ]);
    expect(code).toBe(0);
    docx = readFileSync(out);
    // The same consolidation the CLI made, for the expected numbers.
    const c = await consolidate(
      s.files.map((f) => ({ name: f, bytes: readFileSync(join(s.dir, f)) })),
      BULLETIN_PLAN,
    );
    b = buildBulletin(c, { issuer: "某市知识产权局", date: serialFromIso("2024-07-10")! });
    pdf = await convertDocument(out, "pdf");
    text = execFileSync("pdftotext", ["-enc", "UTF-8", pdf, "-"], { encoding: "utf8" });
    layout = execFileSync("pdftotext", ["-layout", "-enc", "UTF-8", pdf, "-"], { encoding: "utf8" });
  }, 180_000);

  it("prints the title, addressees, opening, 发文机关 and date", () => {
    const t = flat(text);
    expect(t).toContain("关于2024年第二季度专利工作进展情况的通报");
    expect(t).toContain("各县(市)区知识产权局:");
    expect(t).toContain("现将截至2024年6月30日各县(市)区6项指标完成情况通报如下");
    expect(t).toContain("序时进度为49.7%");
    expect(t).toMatch(/某市知识产权局2024年7月10日$/);
  });

  it("prints each indicator's whole-city figures and its ranking as the consolidation gives them", () => {
    const t = flat(text);
    for (const s of b.sections) {
      expect(t).toContain(flat(s.overall));
      const order = s.lines
        .filter((l) => l.rank !== null)
        .sort((x, y) => x.rank! - y.rank!)
        .map((l) => `${l.region}(${tenthsText(l.completionTenths!)}%)`)
        .join("、");
      expect([s.indicator.name, t.includes(order)]).toEqual([s.indicator.name, true]);
    }
    expect(t).toContain("东城区、西城区、南湖区并列第4位");
    expect(t).toContain("高于序时进度");
    expect(t).toContain("低于序时进度");
  });

  it("prints every table row: county, target, actual, completion, gap, rank, status", () => {
    const rows = layout.split("\n").map((l) =>
      l
        .trim()
        .split(/\s{1,}/)
        .join(" "),
    );
    for (const s of b.sections) {
      for (const row of s.table.rows) {
        const line = row.filter((x) => x !== "").join(" ");
        expect([s.indicator.name, rows.includes(line) ? line : `missing: ${line}`]).toEqual([
          s.indicator.name,
          line,
        ]);
      }
    }
    // The missing and the rejected county: named, with no number and no rank.
    const named = rows.filter((r) => r.startsWith(`${MISSING} `) || r.startsWith(`${REJECTED} `));
    expect(named).toHaveLength(2 * b.sections.length);
    for (const r of named) expect(r).toMatch(/^(长乐县 — — — — — 未报送|新桥镇 — — — — — 未通过审核)$/);
  });

  it("names the missing and the rejected county as such, never in a ranking", () => {
    const t = flat(text);
    expect(t).toContain(`${MISSING}未报送`);
    expect(t).toContain(`${REJECTED}报送的表格未通过审核`);
    expect(t).not.toMatch(new RegExp(`(${MISSING}|${REJECTED})\\(\\d`));
  });

  it("is A4 with GB/T 9704 margins, a 22 × 28 grid and the official fonts with substitutes", async () => {
    const zip = await JSZip.loadAsync(docx);
    const doc = await zip.file("word/document.xml")!.async("string");
    const sect = /<w:sectPr>.*<\/w:sectPr>/.exec(doc)![0];
    const tw = (mm: number) => Math.round((mm / 25.4) * 1440);
    expect([attr(sect, "w:pgSz", "w:w"), attr(sect, "w:pgSz", "w:h")]).toEqual(["11906", "16838"]);
    expect(["w:top", "w:bottom", "w:left", "w:right"].map((k) => Number(attr(sect, "w:pgMar", k)))).toEqual([
      tw(37),
      tw(35),
      tw(28),
      tw(26),
    ]);
    expect(attr(sect, "w:docGrid", "w:type")).toBe("linesAndChars");
    // 22 lines in the 225 mm type area; 28 characters of 16 pt in 156 mm.
    const linePitch = Number(attr(sect, "w:docGrid", "w:linePitch"));
    expect(linePitch).toBe(LINE_PITCH);
    expect(Math.floor(tw(225) / linePitch)).toBe(22);
    const pitchPt = 16 + Number(attr(sect, "w:docGrid", "w:charSpace")) / 4096;
    expect(Number(attr(sect, "w:docGrid", "w:charSpace"))).toBe(CHAR_SPACE);
    expect(Math.floor(tw(156) / 20 / pitchPt)).toBe(28);
    expect(doc).toContain('w:eastAsia="方正小标宋简体"');
    expect(doc).toMatch(/<w:rFonts[^>]*w:eastAsia="方正小标宋简体"[^>]*\/><w:sz w:val="44"\/>/);
    expect(doc).toMatch(/<w:rFonts[^>]*w:eastAsia="黑体"/);
    expect(doc).toMatch(/<w:rFonts[^>]*w:eastAsia="楷体_GB2312"/);
    const styles = await zip.file("word/styles.xml")!.async("string");
    const defaults = /<w:docDefaults>.*<\/w:docDefaults>/.exec(styles)![0];
    expect(attr(defaults, "w:rFonts", "w:eastAsia")).toBe("仿宋_GB2312");
    expect(attr(defaults, "w:sz", "w:val")).toBe("32");
    expect(attr(defaults, "w:spacing", "w:lineRule")).toBe("exact");
    const fonts = await zip.file("word/fontTable.xml")!.async("string");
    expect(fonts).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
    expect(fonts).toContain('<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"/>');
    expect(fonts).toContain('<w:font w:name="楷体_GB2312"><w:altName w:val="楷体"/>');
    // Page numbers "— N —" in 4号 宋体, odd pages right, even pages left.
    const settings = await zip.file("word/settings.xml")!.async("string");
    expect(settings).toContain("<w:evenAndOddHeaders/>");
    const footers = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^word\/footer\d+\.xml$/.test(f))
        .map((f) => zip.file(f)!.async("string")),
    );
    expect(footers).toHaveLength(2);
    for (const f of footers) {
      expect(f).toContain("PAGE");
      expect(f).toMatch(/w:eastAsia="宋体"/);
      expect(f).toContain('<w:sz w:val="28"/>');
      expect(f).toContain("— ");
    }
    expect(footers.map((f) => attr(f, "w:jc", "w:val")).sort()).toEqual(["left", "right"]);
    // Tables and charts no wider than the type area.
    for (const m of doc.matchAll(/<w:tblW w:type="dxa" w:w="(\d+)"\/>/g)) expect(Number(m[1])).toBe(tw(156));
    const emuMax = Math.round((156 / 25.4) * 914400);
    const extents = [...doc.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/g)];
    expect(extents).toHaveLength(3);
    for (const e of extents) expect(Number(e[1])).toBeLessThanOrEqual(emuMax);
    expect(Object.keys(zip.files).filter((f) => f.startsWith("word/media/"))).toHaveLength(3);
  });

  it("prints on A4 with 28 characters a line and page numbers", () => {
    const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    expect(pages).toBeGreaterThan(3);
    expect(text).toMatch(/—\s*1\s*—/);
    expect(text).toMatch(new RegExp(`—\\s*${pages}\\s*—`));
    // The body's full lines: at most 28 characters (CJK one, Latin half) as LibreOffice breaks
    // them; a grid that gave each 3号 character two cells would stop at 14.
    const ems = (l: string) =>
      [...l.replace(/\s/g, "")].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? 1 : 0.5), 0);
    const widths = text.split("\n").map(ems);
    expect(Math.max(...widths)).toBeLessThanOrEqual(28.5);
    expect(widths.filter((w) => w >= 25).length).toBeGreaterThanOrEqual(10);
  });

  it("keeps a picture of page 1", () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const prefix = join(work, "page");
    execFileSync("pdftoppm", ["-f", "1", "-l", "1", "-r", "80", "-png", "-singlefile", pdf, prefix]);
    copyFileSync(`${prefix}.png`, join(ARTIFACTS, "page1.png"));
    copyFileSync(pdf, join(ARTIFACTS, "bulletin.pdf"));
    expect(existsSync(join(ARTIFACTS, "page1.png"))).toBe(true);
    expect(statSync(join(ARTIFACTS, "page1.png")).size).toBeGreaterThan(20_000);
  });
});
