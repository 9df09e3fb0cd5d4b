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
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Textarea,
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
} as const satisfies Strings;

const tr = translator(STRINGS);

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "10px" },
  row: { display: "flex", gap: "8px", alignItems: "center", flexWrap: "wrap" },
  table: { fontSize: "12px" },
  source: { fontSize: "11px", color: "#616161", maxWidth: "260px" },
  name: { minWidth: "140px" },
});

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
}

function rowsOf(result: ExtractResult): Row[] {
  return result.indicators.map((item) => ({
    item,
    use: !item.historic,
    name: item.name,
    comparator: item.comparator,
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
    const items = chosen.map((r) => ({
      ...r.item,
      name: r.name.trim(),
      comparator: r.comparator,
      historic: undefined,
    }));
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
          <Table className={s.table} size="small" aria-label={tr(lang, "title")}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{tr(lang, "colUse")}</TableHeaderCell>
                <TableHeaderCell>{tr(lang, "colName")}</TableHeaderCell>
                <TableHeaderCell>{tr(lang, "colKind")}</TableHeaderCell>
                <TableHeaderCell>{tr(lang, "colTarget")}</TableHeaderCell>
                <TableHeaderCell>{tr(lang, "colConfidence")}</TableHeaderCell>
                <TableHeaderCell>{tr(lang, "colSource")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((r, k) => (
                <TableRow key={k} data-testid="import-row">
                  <TableCell>
                    <Checkbox
                      checked={r.use}
                      aria-label={`${tr(lang, "colUse")} ${r.name}`}
                      onChange={(_, d) => update(k, { use: d.checked === true })}
                    />
                  </TableCell>
                  <TableCell>
                    <Input
                      className={s.name}
                      size="small"
                      value={r.name}
                      aria-label={tr(lang, "colName")}
                      aria-invalid={r.name.trim() === ""}
                      title={r.name.trim() === "" ? tr(lang, "nameRequired") : undefined}
                      onChange={(_, d) => update(k, { name: d.value })}
                    />
                  </TableCell>
                  <TableCell>{tr(lang, r.item.kind)}</TableCell>
                  <TableCell>
                    {r.item.ambiguous && r.item.alternatives ? (
                      <Select
                        size="small"
                        aria-label={`${tr(lang, "choose")} ${r.name}`}
                        value={r.comparator}
                        onChange={(_, d) => update(k, { comparator: d.value as ExtractComparator })}
                      >
                        {r.item.alternatives.map((c) => (
                          <option key={c} value={c}>
                            {formatTarget(r.item, c)}
                          </option>
                        ))}
                      </Select>
                    ) : (
                      formatTarget(r.item, r.comparator)
                    )}
                    {r.item.aspirational && (
                      <Badge appearance="outline" size="small" color="informative">
                        {tr(lang, "aspirational")}
                      </Badge>
                    )}
                  </TableCell>
                  <TableCell>
                    {Math.round(r.item.confidence * 100)}%{" "}
                    {r.item.historic ? (
                      <Badge appearance="tint" size="small" color="subtle">
                        {tr(lang, "historic")}
                      </Badge>
                    ) : (
                      r.item.confidence < 0.7 && (
                        <Badge appearance="tint" size="small" color="warning">
                          {tr(lang, "uncertain")}
                        </Badge>
                      )
                    )}
                  </TableCell>
                  <TableCell className={s.source} title={r.item.note}>
                    {r.item.source}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
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
