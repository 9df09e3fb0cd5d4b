/**
 * One test per extraction rule, generated from the rule table (src/extract/rules.ts): the rule's
 * example is extracted with `explain`, and the item it names (or the number it leaves) must carry
 * the rule's id. A rule whose example stops working, or an id no code records, fails here.
 */
import { extractIndicators } from "../../../src/extract/extract";
import { RULES, type Rule } from "../../../src/extract/rules";
import type { ExtractedIndicator } from "../../../src/extract/types";

function matches(item: ExtractedIndicator, want: Partial<ExtractedIndicator>): boolean {
  return Object.entries(want).every(([k, v]) => (item as unknown as Record<string, unknown>)[k] === v);
}

test("rule ids are unique and every rule has an example", () => {
  const ids = RULES.map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const r of RULES) expect(r.example.length).toBeGreaterThan(3);
});

describe.each(RULES.map((r) => [r.id, r] as [string, Rule]))("%s", (id, rule) => {
  test(rule.says, () => {
    const result = extractIndicators(rule.example, { explain: true });
    if ("take" in rule.expect) {
      const want = rule.expect.take;
      const hit = result.indicators.find((i) => matches(i, want) && i.rules?.includes(id));
      expect({ id, found: hit ? "yes" : result.indicators }).toEqual({ id, found: "yes" });
    } else if ("period" in rule.expect) {
      const { baseYear, targetYear, periodRule } = result;
      expect({ id, baseYear, targetYear, periodRule }).toEqual({ id, ...rule.expect.period, periodRule: id });
    } else {
      const text = rule.expect.reject;
      const hit = (result.rejected ?? []).find((r) => r.rule === id && r.text.includes(text));
      expect({ id, found: hit ? "yes" : result.rejected }).toEqual({ id, found: "yes" });
    }
  });
});
