/**
 * The function metadata in both languages: functions.json as Office's metadata generator makes
 * it from the JSDoc in functions.ts, and functions-zh-cn.json as the build makes it from the
 * catalog — through the same code the webpack plugin runs.
 */
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { join } from "node:path";
import { ARITY, type PlanFunctionName } from "../../../src/core/native";
import { FUNCTION_CATALOG } from "../../../src/functions/catalog";
import catalogJson from "../../../src/functions/catalog.json";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { localizeMetadata, withRuntimeOptions } = require("../../../scripts/functions-locale-plugin.js") as {
  localizeMetadata: (m: unknown, c: unknown) => { json: Metadata; errors: string[] };
  withRuntimeOptions: (m: unknown) => Record<string, unknown> & Metadata;
};

interface Metadata {
  functions: {
    id: string;
    name: string;
    description: string;
    parameters: {
      name: string;
      description: string;
      optional?: boolean;
      dimensionality?: string;
      type?: string;
    }[];
    result: { dimensionality?: string };
  }[];
}

let english: Metadata;

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata(
    join(__dirname, "../../../src/functions/functions.ts"),
  );
  expect(generated.errors).toEqual([]);
  english = JSON.parse(generated.metadataJson) as Metadata;
}, 60000);

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

describe("function metadata", () => {
  it("lets errors inside ranges reach the functions and keeps linked data types out (issue 13)", () => {
    // The generator writes allowCustomDataForDataTypeAny: true and no allowErrorForDataTypeAny.
    expect((english as unknown as Record<string, unknown>).allowCustomDataForDataTypeAny).toBe(true);
    const shipped = withRuntimeOptions(english);
    expect(shipped.allowErrorForDataTypeAny).toBe(true);
    expect("allowCustomDataForDataTypeAny" in shipped).toBe(false);
    // allowErrorForDataTypeAny applies to parameters of type any only: every parameter is one.
    const types = shipped.functions.flatMap((f) => f.parameters.map((p) => p.type ?? "any"));
    expect(new Set(types)).toEqual(new Set(["any"]));
    expect(shipped.functions).toEqual(english.functions);
    // the Chinese metadata is built from the shipped English one and keeps its options
    const zh = localizeMetadata(shipped, catalogJson).json as unknown as Record<string, unknown>;
    expect(zh.allowErrorForDataTypeAny).toBe(true);
    expect("allowCustomDataForDataTypeAny" in zh).toBe(false);
  });

  it("declares every PLAN function under its English id, with the arity of its native formula", () => {
    const ids = english.functions.map((f) => f.id).sort();
    expect(ids).toEqual(Object.keys(ARITY).sort());
    for (const f of english.functions) {
      expect(f.name).toBe(f.id);
      const [req, total] = ARITY[f.id as PlanFunctionName];
      expect(f.parameters).toHaveLength(total);
      expect(f.parameters.filter((p) => !p.optional)).toHaveLength(req);
      // Ranges arrive whole and results spill.
      expect(f.parameters.every((p) => p.dimensionality === "matrix")).toBe(true);
      expect(f.result.dimensionality).toBe("matrix");
    }
  });

  it("has an English and a Chinese description for every function and parameter", () => {
    const { json: chinese, errors } = localizeMetadata(english, catalogJson);
    expect(errors).toEqual([]);
    const cjk = /[\u4e00-\u9fff]/;
    for (const [en, zh] of english.functions.map((f, i) => [f, chinese.functions[i]] as const)) {
      expect(zh.id).toBe(en.id);
      expect(zh.name).toBe(en.name);
      expect(en.description.trim()).not.toBe("");
      expect(zh.description).toMatch(cjk);
      expect(zh.parameters.map((p) => p.name)).toEqual(en.parameters.map((p) => p.name));
      for (const [p, q] of en.parameters.map((p, i) => [p, zh.parameters[i]] as const)) {
        expect(p.description.trim()).not.toBe("");
        expect(q.description).toMatch(cjk);
        expect(q.optional).toBe(p.optional);
      }
    }
  });

  it("keeps the catalog's English identical to the JSDoc", () => {
    for (const f of english.functions) {
      const help = FUNCTION_CATALOG.find((h) => h.id === f.id)!;
      expect(help.description.en).toBe(f.description);
      expect(help.params.map((p) => [p.name, p.en])).toEqual(
        f.parameters.map((p) => [p.name, p.description]),
      );
    }
  });

  it("reports a missing translation, an extra entry and English that drifted from the JSDoc", () => {
    const catalog = clone(catalogJson);
    catalog.functions[0].description.zh = "";
    delete (catalog.functions[1].params[2] as { zh?: string }).zh;
    catalog.functions[2].params[0].en = "Something else.";
    catalog.functions.push({ ...clone(catalog.functions[3]), id: "NOSUCH" });
    const errors = localizeMetadata(english, catalog).errors.join("\n");
    expect(errors).toMatch(/PROJECT has no Chinese description/);
    expect(errors).toMatch(/SERIES\(periods\) has no Chinese description/);
    expect(errors).toMatch(/English description of TARGET\(base\) differs/);
    expect(errors).toMatch(/NOSUCH is not a custom function/);

    const withoutStatus = clone(catalogJson);
    withoutStatus.functions = withoutStatus.functions.filter((f) => f.id !== "STATUS");
    expect(localizeMetadata(english, withoutStatus).errors).toEqual([
      "catalog: no Chinese description for function STATUS",
    ]);

    const noEnglish = clone(english);
    noEnglish.functions[0].parameters[0].description = "";
    expect(localizeMetadata(noEnglish, catalogJson).errors.join("\n")).toMatch(
      /PROJECT\(base\) has no English description/,
    );
  });
});
