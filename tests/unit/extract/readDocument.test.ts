/** Reading documents: encodings, .docx through mammoth, and what is refused. */
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { makeDocx } from "./makeDocx";
import { decodeText, sniffFormat, UnreadableDocument } from "../../../src/extract/decode";
import { docxText } from "../../../src/extract/docx";
import { readDocument } from "../../../src/extract/readDocument";
import { extractIndicators } from "../../../src/extract/extract";

const dir = mkdtempSync(join(tmpdir(), "extract-"));

// "全市专利申请量达到500件,增长20%。" in GBK (a Windows-936 text file).
const GBK = Buffer.from("c8abcad0d7a8c0fbc9eac7ebc1bfb4efb5bd353030bcfe2cd4f6b3a4323025a1a3", "hex");

describe("decodeText", () => {
  test("UTF-8 with and without BOM", () => {
    expect(decodeText(Buffer.from("专利申请量", "utf8"))).toBe("专利申请量");
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("专利", "utf8")]))).toBe(
      "专利",
    );
  });
  test("GBK / GB18030 when the bytes are not UTF-8", () => {
    expect(decodeText(GBK)).toBe("全市专利申请量达到500件,增长20%。");
  });
  test("UTF-16 with BOM", () => {
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("专利", "utf16le")]))).toBe(
      "专利",
    );
  });
});

describe("sniffFormat", () => {
  test("zip is docx, text is text", async () => {
    expect(sniffFormat(await makeDocx(["a"]))).toBe("docx");
    expect(sniffFormat(Buffer.from("专利"))).toBe("text");
  });
  test.each([
    ["binary", Buffer.from([1, 2, 0, 4, 5, 6])],
    ["PDF", Buffer.from("%PDF-1.7 ...")],
    ["old .doc", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1])],
  ])("%s is refused with a reason", (_name, bytes) => {
    expect(() => sniffFormat(bytes)).toThrow(UnreadableDocument);
  });
});

describe("docxText", () => {
  test("paragraphs become lines", async () => {
    const text = await docxText(await makeDocx(["某市专利工作计划", "专利申请量达到500件。"]));
    expect(text.split("\n").filter((l) => l.trim() !== "")).toEqual([
      "某市专利工作计划",
      "专利申请量达到500件。",
    ]);
  });
  test("table rows become tab-separated lines, and a table of targets is read", async () => {
    const bytes = await makeDocx([
      "江南省“十四五”知识产权发展规划",
      [
        ["指标", "2020年", "2025年", "属性"],
        ["每万人口高价值发明专利拥有量(件)", "4.2", "8", "预期性"],
        ["知识产权质押融资登记金额(亿元)", "85", "[300]", "预期性"],
      ],
      "到2025年,全省专利申请量达到10万件。",
    ]);
    const text = await docxText(bytes);
    expect(text).toContain("每万人口高价值发明专利拥有量(件)\t4.2\t8\t预期性");
    const r = extractIndicators(text);
    expect(r.indicators.map((i) => [i.name, i.value, i.historic ?? false])).toEqual([
      ["每万人口高价值发明专利拥有量", 4.2, true],
      ["每万人口高价值发明专利拥有量", 8, false],
      ["知识产权质押融资登记金额", 85, true],
      ["知识产权质押融资登记金额", 300, false],
      ["专利申请量", 10, false],
    ]);
  });
  test("a damaged docx is refused", async () => {
    const good = await makeDocx(["x"]);
    await expect(docxText(good.subarray(0, 40))).rejects.toThrow(UnreadableDocument);
  });
});

describe("readDocument", () => {
  test("reads .txt in GBK and .docx from disk", async () => {
    const t = join(dir, "plan-gbk.txt");
    writeFileSync(t, GBK);
    expect(await readDocument(t)).toBe("全市专利申请量达到500件,增长20%。");
    const d = join(dir, "plan.docx");
    writeFileSync(d, await makeDocx(["专利申请量达到500件。"]));
    expect((await readDocument(d)).trim()).toBe("专利申请量达到500件。");
  });
  test("a missing file or a folder is a one-line error", async () => {
    await expect(readDocument(join(dir, "nope.txt"))).rejects.toThrow(/cannot read file/);
    await expect(readDocument(dir)).rejects.toThrow(/cannot read file/);
  });
});
