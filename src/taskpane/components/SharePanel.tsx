/**
 * "Prepare for sharing": rewrites the open workbook's PLAN formulas into native ones so that a
 * recipient without the add-in sees numbers, not #NAME?. Lists exactly which cells changed and
 * which kept their values. Office.js lives in the Office edge (src/office/officeShare.ts), not here.
 */
import { useState } from "react";
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
} from "@fluentui/react-components";
import type { Lang } from "../../core/errors";
import { translator, type Strings } from "../translate";
import type { ShareHost } from "../../host/port";
import type { ShareReport } from "../../share/planShare";

const STRINGS = {
  title: { zh: "准备分享", en: "Prepare for sharing" },
  intro: {
    zh: "把本工作簿中的 PLAN 函数改写为等价的原生 Excel 公式,对方无需安装加载项也能计算。建议先另存一份副本。",
    en: "Rewrites this workbook's PLAN functions as equivalent native Excel formulas, so recipients without the add-in still get numbers. Save a copy first.",
  },
  run: { zh: "转换为原生公式", en: "Convert to native formulas" },
  running: { zh: "正在转换…", en: "Converting…" },
  unavailable: { zh: "需要在 Excel 中打开本加载项才能转换。", en: "Open the add-in in Excel to convert." },
  nothing: { zh: "没有需要转换的 PLAN 公式。", en: "No PLAN formulas to convert." },
  done: {
    zh: "已转换:{native} 格改为原生公式,{series} 格展开 SERIES,{kept} 格保留数值。",
    en: "Done: {native} cells rewritten, {series} SERIES cells spilled, {kept} cells kept as values.",
  },
  scanned: { zh: "共检查公式 {n} 个。", en: "{n} formulas checked." },
  changed: { zh: "改写的单元格", en: "Cells rewritten" },
  kept: { zh: "保留数值的单元格(没有原生公式)", en: "Cells kept as values (no native form)" },
  untouched: { zh: "原样保留的单元格", en: "Cells left as they were" },
  failed: { zh: "转换失败:", en: "Conversion failed: " },
} as const satisfies Strings;

const tr = translator(STRINGS);

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "10px" },
  list: { margin: "4px 0 0", paddingLeft: "18px", maxHeight: "240px", overflowY: "auto", fontSize: "12px" },
});

export interface SharePanelProps {
  lang: Lang;
  /** null outside Excel. */
  host: ShareHost | null;
}

function where(sheet: string, address: string): string {
  return `${sheet}!${address}`;
}

export function SharePanel({ lang, host }: SharePanelProps) {
  const s = useStyles();
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<ShareReport | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function run() {
    if (!host) return;
    setBusy(true);
    setError(null);
    setReport(null);
    try {
      setReport(await host.prepareForSharing());
    } catch (e) {
      const o = e as { zh?: string; en?: string; message?: string };
      setError((lang === "zh" ? o.zh : o.en) ?? o.message ?? String(e));
    } finally {
      setBusy(false);
    }
  }

  const rewritten = report?.changes.filter((c) => c.kind !== "value") ?? [];
  const kept = report?.changes.filter((c) => c.kind === "value") ?? [];
  return (
    <div className={s.root}>
      <Text weight="semibold" size={400}>
        {tr(lang, "title")}
      </Text>
      <Text>{tr(lang, "intro")}</Text>
      {!host && (
        <MessageBar intent="info">
          <MessageBarBody>{tr(lang, "unavailable")}</MessageBarBody>
        </MessageBar>
      )}
      <Button appearance="primary" disabled={!host || busy} onClick={run}>
        {busy ? tr(lang, "running") : tr(lang, "run")}
      </Button>
      {busy && <Spinner size="tiny" label={tr(lang, "running")} />}
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>
            {tr(lang, "failed")}
            {error}
          </MessageBarBody>
        </MessageBar>
      )}
      {report && (
        <MessageBar intent={kept.length || report.untouched.length ? "warning" : "success"}>
          <MessageBarBody>
            <MessageBarTitle>
              {report.changes.length === 0 && report.untouched.length === 0
                ? tr(lang, "nothing")
                : tr(lang, "done", {
                    native: rewritten.filter((c) => c.kind === "native").length,
                    series: rewritten.filter((c) => c.kind === "series").length,
                    kept: kept.length,
                  })}
            </MessageBarTitle>
            {tr(lang, "scanned", { n: report.formulasScanned })}
          </MessageBarBody>
        </MessageBar>
      )}
      {rewritten.length > 0 && (
        <section aria-label={tr(lang, "changed")}>
          <Text weight="semibold">{tr(lang, "changed")}</Text>
          <ul className={s.list}>
            {rewritten.map((c) => (
              <li key={where(c.sheet, c.address)}>
                {where(c.sheet, c.address)}
                {c.before ? `: =${c.before}` : ""}
              </li>
            ))}
          </ul>
        </section>
      )}
      {kept.length > 0 && (
        <section aria-label={tr(lang, "kept")}>
          <Text weight="semibold">{tr(lang, "kept")}</Text>
          <ul className={s.list}>
            {kept.map((c) => (
              <li key={where(c.sheet, c.address)}>
                {where(c.sheet, c.address)} = {String(c.value)}: {c.reason?.[lang]}
              </li>
            ))}
          </ul>
        </section>
      )}
      {report && report.untouched.length > 0 && (
        <section aria-label={tr(lang, "untouched")}>
          <Text weight="semibold">{tr(lang, "untouched")}</Text>
          <ul className={s.list}>
            {report.untouched.map((u) => (
              <li key={where(u.sheet, u.address)}>
                {where(u.sheet, u.address)}: {u.reason[lang]}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
