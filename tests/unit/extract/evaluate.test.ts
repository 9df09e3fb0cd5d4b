import { evaluate } from "../../../src/extract/evaluate";
import type { ExtractedIndicator } from "../../../src/extract/types";

const item = (
  name: string,
  kind: ExtractedIndicator["kind"],
  value: number,
  extra: Partial<ExtractedIndicator> = {},
) =>
  ({
    name,
    kind,
    value,
    comparator: ">=",
    unit: "件",
    source: "",
    confidence: 0.9,
    ...extra,
  }) as ExtractedIndicator;

test("matches by kind, value and similar name; counts recall and precision", () => {
  const expected = [
    item("发明专利申请量", "growth", 0.3),
    item("发明专利申请量", "level", 60),
    item("专利申请总量", "level", 400),
    item("历史", "level", 1481, { historic: true }),
  ];
  const actual = [
    item("发明专利申请量", "growth", 0.3),
    item("全市发明专利申请数量", "level", 60),
    item("专利申请总量", "growth", 400),
    item("电话", "level", 12330),
  ];
  const e = evaluate(expected, actual);
  expect([e.expected, e.extracted, e.found]).toEqual([3, 4, 2]);
  expect(e.recall).toBeCloseTo(2 / 3);
  expect(e.precision).toBeCloseTo(2 / 4);
  expect(e.missed.map((m) => m.name)).toEqual(["专利申请总量"]);
  expect(e.spurious.map((m) => m.name)).toEqual(["专利申请总量", "电话"]);
});

test("unrelated names do not match even with the same value", () => {
  const e = evaluate([item("商标注册量", "level", 100)], [item("培训县处级领导干部", "level", 100)]);
  expect(e.found).toBe(0);
});

test("a decline may be annotated with either sign", () => {
  const e = evaluate([item("发案率", "growth", 0.2)], [item("发案率", "growth", -0.2)]);
  expect(e.found).toBe(1);
});

test("differences in comparator and flags are listed for found items", () => {
  const e = evaluate(
    [item("专利申请总量", "level", 400, { comparator: ">", ambiguous: true })],
    [item("专利申请总量", "level", 400)],
  );
  expect(e.matches[0].differences).toEqual(["comparator: > ≠ >=", "ambiguous: true ≠ false"]);
});

test("nothing expected and nothing found is perfect", () => {
  expect([evaluate([], []).recall, evaluate([], []).precision]).toEqual([1, 1]);
});

test("between equally similar names, the item of the same year is the pair", () => {
  const expected = [
    item("改造项目", "level", 300),
    item("改造项目", "level", 300, { year: 2024 } as Partial<ExtractedIndicator>),
  ];
  const actual = [item("改造项目", "level", 300, { targetYear: 2024 }), item("改造项目", "level", 300)];
  const e = evaluate(expected, actual, { targetYear: 2026 });
  expect(e.agreement.year).toEqual([2, 2]);
});
