import fc from "fast-check";
import { tokenize, FormulaSyntaxError } from "../../../src/share/formulaLexer";
import { parseFormula, walk, type CallNode } from "../../../src/share/formulaTree";

describe("formula lexer", () => {
  it("keeps offsets so the tokens rebuild the formula byte for byte", () => {
    const f = `_xldudf_PLAN_PROJECT('My Sheet'!A1,'县''s'!$B$2:B4,)+PLAN.TARGET(A1,B1,,3)&"a""b(" `;
    const tokens = tokenize(f);
    expect(tokens.map((t) => t.text).join("")).toBe(f);
    for (const t of tokens) expect(f.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.filter((t) => t.kind === "func").map((t) => t.text)).toEqual([
      "_xldudf_PLAN_PROJECT",
      "PLAN.TARGET",
    ]);
    expect(tokens.find((t) => t.text.startsWith("'县"))?.text).toBe("'县''s'!$B$2:B4");
    expect(tokens.find((t) => t.kind === "string")?.text).toBe('"a""b("');
  });

  it("reads errors, row ranges, structured references, spill refs and a range ending in a function", () => {
    const kinds = (f: string) => tokenize(f).map((t) => `${t.kind}:${t.text}`);
    expect(kinds("#N/A+1:3")).toEqual(["error:#N/A", "op:+", "ref:1:3"]);
    expect(kinds("SUM(Table1[[#This Row],[a]])")).toEqual([
      "func:SUM",
      "open:(",
      "ref:Table1[[#This Row],[a]]",
      "close:)",
    ]);
    expect(kinds("A1#*2")).toEqual(["ref:A1", "op:#", "op:*", "number:2"]);
    expect(kinds("A1:OFFSET(A1,1,1)").slice(0, 3)).toEqual(["ref:A1", "op::", "func:OFFSET"]);
    expect(kinds("1.5E+3%")).toEqual(["number:1.5E+3", "op:%"]);
  });

  it("rejects unterminated strings and quoted names", () => {
    expect(() => tokenize('"abc')).toThrow(FormulaSyntaxError);
    expect(() => tokenize("'My Sheet!A1")).toThrow(FormulaSyntaxError);
  });

  it("round-trips arbitrary concatenations of formula pieces", () => {
    const piece = fc.constantFrom(
      "A1",
      "$B$2",
      "'My Sheet'!C3",
      "'县''s'!D4:E5",
      '"PLAN.PROJECT(1,2)"',
      "+",
      "-",
      "*",
      "^",
      "&",
      "<>",
      " ",
      "1.5",
      "10%",
      "#DIV/0!",
      "TRUE",
      "Rate",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const f = pieces.join("");
        expect(
          tokenize(f)
            .map((t) => t.text)
            .join(""),
        ).toBe(f);
      }),
    );
  });
});

describe("formula tree", () => {
  it("finds calls and the exact span of each argument, omitted ones included", () => {
    const f = parseFormula("=ROUND(PLAN.TARGET(A1, B1,,3),2)");
    const calls = [...walk(f.body)].filter((n): n is CallNode => n.type === "call");
    expect(calls.map((c) => c.name)).toEqual(["ROUND", "PLAN.TARGET"]);
    const t = calls[1];
    expect(t.args.map((a) => f.text.slice(a.start, a.end))).toEqual(["A1", " B1", "", "3"]); // whitespace belongs to its argument
    expect(t.args[2].items).toHaveLength(0);
    expect(f.text.slice(t.start, t.end)).toBe("PLAN.TARGET(A1, B1,,3)");
  });

  it("parses array constants and groups, and a call without arguments", () => {
    const f = parseFormula("{1,2;3,4}+(A1,B1)+NOW()");
    expect(f.body.items.map((n) => n.type)).toEqual(["array", "token", "group", "token", "call"]);
    const arr = f.body.items[0];
    expect(arr.type === "array" && arr.rows.length).toBe(2);
    const now = f.body.items[4];
    expect(now.type === "call" && now.args.length).toBe(0);
  });

  it("rejects unbalanced parentheses", () => {
    expect(() => parseFormula("=SUM(A1")).toThrow(FormulaSyntaxError);
    expect(() => parseFormula("=A1)")).toThrow(FormulaSyntaxError);
  });
});
