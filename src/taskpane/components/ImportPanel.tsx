/**
 * "从文本/文件导入指标": paste a plan's text or open a .txt/.docx, review the proposed targets
 * beside the sentences they came from (uncertain ones marked, 突破 as a visible ≥ / > choice),
 * and accept the chosen rows as plan indicators. Self-contained: the App mounts it and receives
 * the merged indicators through onAccept.
 */
import { useMemo, useRef, useState } from "react";
import {
  Badge,
  Button,
  Checkbox,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  Textarea,
  ToggleButton,
} from "@fluentui/react-components";
import type { Lang } from "../../core/errors";
import { translator, type Strings } from "../translate";
import type { Indicator } from "../../core/plan";
import { extractIndicators } from "../../extract/extract";
import { mergeIndicators } from "../../extract/toPlan";
import { UnreadableDocument } from "../../extract/decode";
import { documentText } from "../../extract/docx";
import type { ExtractComparator, ExtractedIndicator, ExtractResult } from "../../extract/types";

const STRINGS = {
  title: { zh: "从文本/文件导入指标", en: "Import indicators from text or a file" },
  intro: {
    zh: "粘贴规划文件的文字,或打开 .txt / .docx 文件,识别其中的量化指标,核对后导入。",
    en: "Paste the text of a plan, or open a .txt / .docx file; review the targets found, then import them.",
  },
  textLabel: { zh: "规划文本", en: "Plan text" },
  placeholder: { zh: "在此粘贴规划文件全文…", en: "Paste the plan's text here…" },
  open: { zh: "打开文件…", en: "Open a file…" },
  extract: { zh: "识别指标", en: "Find targets" },
  reading: { zh: "正在读取文件…", en: "Reading the file…" },
  unreadable: { zh: "无法读取文件:", en: "Cannot read the file: " },
  empty: { zh: "没有识别到量化指标。", en: "No quantitative targets found." },
  found: {
    zh: "识别到 {n} 项(其中历史数据 {h} 项,默认不导入)。请核对后勾选要导入的行。",
    en: "{n} items found ({h} past figures, not imported by default). Check the rows to import.",
  },
  plan: {
    zh: "《{title}》 基期 {base} 年,目标年 {target} 年",
    en: "“{title}”, base {base}, target {target}",
  },
  colUse: { zh: "导入", en: "Use" },
  colName: { zh: "指标名称", en: "Indicator" },
  colKind: { zh: "类型", en: "Kind" },
  colTarget: { zh: "目标", en: "Target" },
  colConfidence: { zh: "可信度", en: "Confidence" },
  colSource: { zh: "原文", en: "Source sentence" },
  uncertain: { zh: "待核实", en: "Check" },
  historic: { zh: "历史数据", en: "Past figure" },
  aspirational: { zh: "力争", en: "Aspiration" },
  choose: { zh: "“突破”的含义", en: "Meaning of 突破" },
  accept: { zh: "导入选中的 {n} 项", en: "Import {n} selected" },
  accepted: { zh: "已导入 {n} 个指标。", en: "{n} indicators imported." },
  level: { zh: "目标值", en: "Level" },
  growth: { zh: "增长", en: "Growth" },
  cagr: { zh: "年均增长", en: "Annual growth" },
  multiple: { zh: "倍数", en: "Multiple" },
  increment: { zh: "百分点变化", en: "Change in points" },
  nameRequired: { zh: "指标名称不能为空", en: "The name must not be empty" },
  direction: { zh: "方向", en: "Direction" },
  attribute: { zh: "属性", en: "Attribute" },
  unstated: { zh: "未说明", en: "Not stated" },
  binding: { zh: "约束性", en: "Binding" },
  expected: { zh: "预期性", en: "Expected" },
  showSource: { zh: "原文", en: "Source" },
  pastGroup: { zh: "历史数据 {n} 项(默认不导入)", en: "{n} past figures (not imported by default)" },
  quarter: { zh: "第{q}季度", en: "Q{q}" },
  merged: {
    zh: "选中的 {n} 项合并为 {m} 个指标:同一指标的目标值、增长率等合为一行({list})。",
    en: "The {n} selected items become {m} indicators: the constraints of one indicator share a row ({list}).",
  },
  mergedNone: { zh: "选中的 {n} 项即 {n} 个指标。", en: "The {n} selected items are {n} indicators." },
} as const satisfies Strings;

const tr = translator(STRINGS);

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "10px", minWidth: 0 },
  row: { display: "flex", gap: "8px", alignItems: "center", flexWrap: "wrap" },
  list: { display: "flex", flexDirection: "column", gap: "6px", minWidth: 0 },
  // One compact card per item: nothing is wider than the pane (320–500 px), nothing overlaps.
  card: {
    display: "flex",
    flexDirection: "column",
    gap: "4px",
    padding: "6px 8px",
    border: "1px solid #e0e0e0",
    borderRadius: "4px",
    minWidth: 0,
    maxWidth: "100%",
    boxSizing: "border-box",
  },
  head: { display: "flex", gap: "6px", alignItems: "center", minWidth: 0 },
  name: { flexGrow: 1, minWidth: 0 },
  line: { display: "flex", gap: "6px", alignItems: "center", flexWrap: "wrap", fontSize: "12px" },
  select: { minWidth: "0", maxWidth: "120px" },
  source: { fontSize: "12px", color: "#424242", overflowWrap: "anywhere", lineHeight: "1.5" },
  mark: { backgroundColor: "#fff4ce", fontWeight: 600 },
});

const DIRECTIONS: ExtractComparator[] = [">=", ">", "=", "<=", "<"];

/** The number as the source writes it, to highlight: 400件, 25%, 7.8亿元. */
export function writtenNumber(it: ExtractedIndicator): string[] {
  const n = (x: number) => String(+x.toFixed(6));
  if (it.unit === "%") return [`${n(it.value * 100)}%`, n(it.value * 100)];
  if (it.unit === "‰") return [`${n(it.value * 1000)}‰`];
  if (it.kind === "increment") return [`${n(it.value * 100)}个百分点`];
  if (it.kind === "multiple") return ["翻两番", "翻一番", "翻番", `${n(it.value - 1)}倍`, `${n(it.value)}倍`];
  return [`${n(it.value)}${it.unit}`, n(it.value)];
}

/** The source split around the item's number, for a highlight; no number found → one part. */
export function highlight(source: string, it: ExtractedIndicator): [string, string, string] {
  for (const w of writtenNumber(it)) {
    const at = source.indexOf(w);
    if (w !== "" && at >= 0) return [source.slice(0, at), w, source.slice(at + w.length)];
  }
  return [source, "", ""];
}

/** Why N items became M indicators: the names that several chosen items share. */
export function mergeSummary(names: string[]): { n: number; m: number; shared: Array<[string, number]> } {
  const count = new Map<string, number>();
  for (const x of names) count.set(x, (count.get(x) ?? 0) + 1);
  return {
    n: names.length,
    m: count.size,
    shared: [...count].filter(([, k]) => k > 1),
  };
}

const SYMBOL: Record<ExtractComparator, string> = { ">=": "≥", ">": ">", "=": "≈", "<=": "≤", "<": "<" };

/** A target as officials write it: 25%, 7.8亿元, 3倍, 400件. */
export function formatTarget(it: ExtractedIndicator, comparator: ExtractComparator): string {
  let v: string;
  if (it.unit === "%") v = `${+(it.value * 100).toFixed(4)}%`;
  else if (it.kind === "multiple") v = `${it.value}倍`;
  else if (it.unit === "元" && Math.abs(it.value) >= 1e8) v = `${+(it.value / 1e8).toFixed(4)}亿元`;
  else if (it.unit === "元" && Math.abs(it.value) >= 1e4) v = `${+(it.value / 1e4).toFixed(4)}万元`;
  else v = `${it.value}${it.unit}`;
  const range = it.range ? `(${it.range[0]}–${it.range[1]})` : "";
  return `${SYMBOL[comparator]} ${v}${range}`;
}

interface Row {
  item: ExtractedIndicator;
  use: boolean;
  name: string;
  comparator: ExtractComparator;
  /** 属性 as the user confirms it: 约束性 true, 预期性 false, unstated undefined. */
  binding?: boolean;
  /** The source sentence is shown (on demand). */
  open: boolean;
}

function rowsOf(result: ExtractResult): Row[] {
  return result.indicators.map((item) => ({
    item,
    use: !item.historic,
    name: item.name,
    comparator: item.comparator,
    binding: item.binding,
    open: false,
  }));
}

/** Reads a File's bytes with FileReader (available in every host the pane runs in). */
function fileBytes(file: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error("read failed"));
    reader.readAsArrayBuffer(file);
  });
}

export interface ImportMeta {
  title: string;
  baseYear: number | null;
  targetYear: number | null;
}

export interface ImportPanelProps {
  lang: Lang;
  /** The accepted rows merged into plan indicators (one per name), and what the document says of itself. */
  onAccept(indicators: Indicator[], meta: ImportMeta): void;
}

export function ImportPanel({ lang, onAccept }: ImportPanelProps) {
  const s = useStyles();
  const [text, setText] = useState("");
  const [result, setResult] = useState<ExtractResult | null>(null);
  const [rows, setRows] = useState<Row[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [accepted, setAccepted] = useState<number | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  function run(source: string) {
    const r = extractIndicators(source);
    setResult(r);
    setRows(rowsOf(r));
    setAccepted(null);
  }

  async function openFile(file: File | undefined) {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const content = await documentText(await fileBytes(file));
      setText(content);
      run(content);
    } catch (e) {
      const reason =
        e instanceof UnreadableDocument
          ? lang === "zh"
            ? e.zh
            : e.en
          : e instanceof Error
            ? e.message
            : String(e);
      setError(`${tr(lang, "unreadable")}${reason}`);
      setResult(null);
      setRows([]);
    } finally {
      setBusy(false);
      if (fileInput.current) fileInput.current.value = "";
    }
  }

  function update(k: number, patch: Partial<Row>) {
    setRows((old) => old.map((r, i) => (i === k ? { ...r, ...patch } : r)));
  }

  const chosen = rows.filter((r) => r.use && r.name.trim() !== "");
  const historicCount = useMemo(() => rows.filter((r) => r.item.historic).length, [rows]);

  function accept() {
    const items = chosen.map((r) => {
      // A direction the user chose: ≤/< is a ceiling, ≥/> a floor.
      const lower = r.comparator === "<=" || r.comparator === "<";
      const changed = r.comparator !== r.item.comparator;
      return {
        ...r.item,
        name: r.name.trim(),
        comparator: r.comparator,
        binding: r.binding,
        lowerIsBetter: changed ? lower || undefined : r.item.lowerIsBetter,
        historic: undefined,
      };
    });
    // Past figures of the base year (unchecked rows included) give the rows their base.
    const indicators = mergeIndicators(items, {
      baseYear: result?.baseYear,
      pastFigures: result?.indicators.filter((i) => i.historic) ?? [],
    });
    setAccepted(indicators.length);
    onAccept(indicators, {
      title: result?.title ?? "",
      baseYear: result?.baseYear ?? null,
      targetYear: result?.targetYear ?? null,
    });
  }

  function mergeText(): string {
    const m = mergeSummary(chosen.map((r) => r.name.trim()));
    if (m.shared.length === 0) return tr(lang, "mergedNone", { n: m.n });
    const list = m.shared.map(([name, k]) => `${name} ×${k}`).join(lang === "zh" ? "、" : ", ");
    return tr(lang, "merged", { n: m.n, m: m.m, list });
  }

  function card(r: Row, k: number) {
    const it = r.item;
    const [before, number, after] = highlight(it.source, it);
    return (
      <div key={k} className={s.card} role="listitem" data-testid="import-row">
        <div className={s.head}>
          <Checkbox
            checked={r.use}
            aria-label={`${tr(lang, "colUse")} ${r.name}`}
            onChange={(_, d) => update(k, { use: d.checked === true })}
          />
          <Input
            className={s.name}
            size="small"
            value={r.name}
            aria-label={tr(lang, "colName")}
            aria-invalid={r.name.trim() === ""}
            title={r.name.trim() === "" ? tr(lang, "nameRequired") : undefined}
            onChange={(_, d) => update(k, { name: d.value })}
          />
        </div>
        <div className={s.line}>
          <Text size={200}>{tr(lang, it.kind)}</Text>
          {it.ambiguous && it.alternatives ? (
            <Select
              className={s.select}
              size="small"
              aria-label={`${tr(lang, "choose")} ${r.name}`}
              value={r.comparator}
              onChange={(_, d) => update(k, { comparator: d.value as ExtractComparator })}
            >
              {it.alternatives.map((c) => (
                <option key={c} value={c}>
                  {formatTarget(it, c)}
                </option>
              ))}
            </Select>
          ) : (
            <Select
              className={s.select}
              size="small"
              aria-label={`${tr(lang, "direction")} ${r.name}`}
              value={r.comparator}
              onChange={(_, d) => update(k, { comparator: d.value as ExtractComparator })}
            >
              {DIRECTIONS.map((c) => (
                <option key={c} value={c}>
                  {formatTarget(it, c)}
                </option>
              ))}
            </Select>
          )}
          <Select
            className={s.select}
            size="small"
            aria-label={`${tr(lang, "attribute")} ${r.name}`}
            value={r.binding === undefined ? "" : r.binding ? "binding" : "expected"}
            onChange={(_, d) => update(k, { binding: d.value === "" ? undefined : d.value === "binding" })}
          >
            <option value="">{tr(lang, "unstated")}</option>
            <option value="binding">{tr(lang, "binding")}</option>
            <option value="expected">{tr(lang, "expected")}</option>
          </Select>
          {it.quarter !== undefined && (
            <Badge appearance="outline" size="small">
              {tr(lang, "quarter", { q: it.quarter })}
            </Badge>
          )}
          {it.aspirational && (
            <Badge appearance="outline" size="small" color="informative">
              {tr(lang, "aspirational")}
            </Badge>
          )}
          {it.historic ? (
            <Badge appearance="tint" size="small" color="subtle">
              {tr(lang, "historic")}
            </Badge>
          ) : (
            it.confidence < 0.7 && (
              <Badge appearance="tint" size="small" color="warning" title={it.note}>
                {tr(lang, "uncertain")}
              </Badge>
            )
          )}
          <ToggleButton
            size="small"
            appearance="subtle"
            checked={r.open}
            aria-expanded={r.open}
            aria-label={`${tr(lang, "showSource")} ${r.name}`}
            onClick={() => update(k, { open: !r.open })}
          >
            {tr(lang, "showSource")}
          </ToggleButton>
        </div>
        {r.open && (
          <div className={s.source} title={it.note}>
            {before}
            {number && <mark className={s.mark}>{number}</mark>}
            {after}
          </div>
        )}
      </div>
    );
  }

  return (
    <section className={s.root} aria-label={tr(lang, "title")}>
      <Text weight="semibold" size={400}>
        {tr(lang, "title")}
      </Text>
      <Text size={200}>{tr(lang, "intro")}</Text>
      <Textarea
        aria-label={tr(lang, "textLabel")}
        placeholder={tr(lang, "placeholder")}
        value={text}
        onChange={(_, d) => setText(d.value)}
        resize="vertical"
        rows={6}
      />
      <div className={s.row}>
        <Button appearance="primary" disabled={busy || text.trim() === ""} onClick={() => run(text)}>
          {tr(lang, "extract")}
        </Button>
        <Button disabled={busy} onClick={() => fileInput.current?.click()}>
          {tr(lang, "open")}
        </Button>
        <input
          ref={fileInput}
          type="file"
          accept=".txt,.docx,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          aria-label={tr(lang, "open")}
          style={{ display: "none" }}
          onChange={(e) => void openFile(e.target.files?.[0])}
        />
        {busy && <Text size={200}>{tr(lang, "reading")}</Text>}
      </div>
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {result && rows.length === 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{tr(lang, "empty")}</MessageBarBody>
        </MessageBar>
      )}
      {result && rows.length > 0 && (
        <>
          {result.title && (
            <Text size={200}>
              {tr(lang, "plan", {
                title: result.title,
                base: result.baseYear ?? "?",
                target: result.targetYear ?? "?",
              })}
            </Text>
          )}
          <Text size={200}>{tr(lang, "found", { n: rows.length, h: historicCount })}</Text>
          <div className={s.list} role="list" aria-label={tr(lang, "title")}>
            {rows.map((r, k) => (r.item.historic ? null : card(r, k)))}
          </div>
          {historicCount > 0 && (
            <>
              <Text size={200} weight="semibold">
                {tr(lang, "pastGroup", { n: historicCount })}
              </Text>
              <div className={s.list} role="list" aria-label={tr(lang, "historic")}>
                {rows.map((r, k) => (r.item.historic ? card(r, k) : null))}
              </div>
            </>
          )}
          {chosen.length > 0 && <Text size={200}>{mergeText()}</Text>}
          <div className={s.row}>
            <Button appearance="primary" disabled={chosen.length === 0} onClick={accept}>
              {tr(lang, "accept", { n: chosen.length })}
            </Button>
            {accepted !== null && <Text size={200}>{tr(lang, "accepted", { n: accepted })}</Text>}
          </div>
        </>
      )}
    </section>
  );
}
