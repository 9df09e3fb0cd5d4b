/**
 * Hand forms out and consolidate what comes back. Distribute: one form per region, downloaded
 * or opened as a new workbook where Excel can. Collect: pick the returned files, read them here
 * in the pane (exceljs in the browser, nothing leaves the machine), show the problems, then
 * write the summary and report sheets into the workbook in one transaction, or download them.
 * Office.js lives in the Office edge (src/office/officeCollect.ts), not here.
 */
import { useState, type ChangeEvent } from "react";
import {
  Button,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
} from "@fluentui/react-components";
import type { Lang } from "../../core/errors";
import { translator, type Strings } from "../translate";
import type { Plan } from "../../core/plan";
import type { CollectHost } from "../../host/port";
import { consolidate, type Consolidation } from "../../collect/consolidate";
import { consolidationXlsx } from "../../collect/xlsxCollect";
import { distributeForms, formFileNames, regionForm } from "../../collect/distribute";
import { formsZipName, zipFiles } from "../../collect/formsZip";
import { safeFileBase } from "../../collect/fileNames";
import { SEVERITY_LABEL, type Problem } from "../../collect/problems";
import { MAX_WORKBOOK_BYTES } from "../../share/loadXlsx";
import { isoFromSerial, serialFromIso } from "../../core/excelDate";

const STRINGS = {
  distributeTitle: { zh: "分发填报表", en: "Hand out forms" },
  distributeIntro: {
    zh: "为每个县(市)区生成一份季度通报填报表:已填好县区名称,只有填报项可编辑,并带有识别标记。",
    en: "One quarterly form per region: the region filled in, only the inputs editable, stamped for recognition.",
  },
  noRegions: {
    zh: "规划中还没有县(市)区,请先在“规划”中填写。",
    en: "The plan has no regions yet: add them under Plan.",
  },
  noPlan: { zh: "请先在“规划”中填写规划。", en: "Fill in the plan first." },
  download: { zh: "下载", en: "Download" },
  downloadAll: { zh: "全部下载(一个 .zip,{n} 份)", en: "Download all ({n} forms in one .zip)" },
  zipping: { zh: "正在生成填报表 {i}/{n}…", en: "Making form {i} of {n}…" },
  open: { zh: "在 Excel 中打开", en: "Open in Excel" },
  collectTitle: { zh: "汇总回收表", en: "Consolidate returned forms" },
  collectIntro: {
    zh: "选择各县区交回的工作簿(可多选)。文件只在本机读取,不会上传。",
    en: "Pick the workbooks the regions returned (several at once). Files are read on this computer only.",
  },
  pick: { zh: "选择回收的文件", en: "Choose returned files" },
  reading: { zh: "正在读取 {n} 个文件…", en: "Reading {n} files…" },
  result: {
    zh: "读取 {read}/{files} 个文件;县(市)区 {sub}/{all} 已报送,{rej} 个已收到未采用;问题 {n} 条(错误 {e} 条)。",
    en: "{read}/{files} files read; {sub}/{all} regions submitted, {rej} received but not used; {n} problems ({e} errors).",
  },
  problems: { zh: "问题清单", en: "Problems" },
  other: { zh: "其他", en: "Other" },
  write: { zh: "写入汇总表和问题清单", en: "Write summary and problem sheets" },
  writing: { zh: "正在写入…", en: "Writing…" },
  written: { zh: "已写入工作表“{s}”和“{r}”。", en: "Wrote sheets '{s}' and '{r}'." },
  downloadSummary: { zh: "下载汇总表(.xlsx)", en: "Download summary (.xlsx)" },
  failed: { zh: "操作失败:", en: "Failed: " },
  summaryFile: { zh: "汇总表.xlsx", en: "summary.xlsx" },
  bulletin: { zh: "生成通报", en: "Write bulletin" },
  bulletinIssuer: { zh: "发文机关", en: "Issuing office" },
  bulletinIssuerHint: { zh: "如:某某市知识产权局", en: "e.g. City IP Office" },
  bulletinAsOf: { zh: "截至日期", en: "As of" },
  bulletinNoAsOf: {
    zh: "请填写截至日期:回收的表格都未填写截至日期。",
    en: "Give the as-of date: no returned form gives one.",
  },
  bulletinMaking: { zh: "正在生成通报…", en: "Writing the bulletin…" },
  bulletinDone: {
    zh: "已生成通报“{f}”(Word 文档),请修改“下一步工作要求”一段后印发。",
    en: "Wrote '{f}' (Word); edit the requirements paragraph before issuing it.",
  },
} as const satisfies Strings;

const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const ZIP_MIME = "application/zip";
const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

const tr = translator(STRINGS);

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "10px" },
  section: { display: "flex", flexDirection: "column", gap: "8px" },
  region: { display: "flex", alignItems: "center", gap: "6px" },
  regionName: { flexGrow: 1 },
  list: { margin: "2px 0 6px", paddingLeft: "18px", fontSize: "12px" },
  problems: { maxHeight: "320px", overflowY: "auto" },
});

export interface CollectPanelProps {
  lang: Lang;
  plan: Plan | null;
  /** null outside Excel: downloads still work. */
  host: CollectHost | null;
}

function readBytes(file: File): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(new Uint8Array(r.result as ArrayBuffer));
    r.onerror = () => reject(r.error);
    r.readAsArrayBuffer(file);
  });
}

function download(bytes: Uint8Array, name: string, type = XLSX_MIME): void {
  const blob = new Blob([bytes as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Consecutive problems of one county together (consolidate already orders them by county). */
function groupByRegion(problems: Problem[]): [string | undefined, Problem[]][] {
  const groups: [string | undefined, Problem[]][] = [];
  for (const p of problems) {
    const last = groups[groups.length - 1];
    if (last && last[0] === p.region) last[1].push(p);
    else groups.push([p.region, [p]]);
  }
  return groups;
}

function messageOf(e: unknown, lang: Lang): string {
  const o = e as { zh?: string; en?: string; message?: string };
  return (lang === "zh" ? o?.zh : o?.en) ?? o?.message ?? String(e);
}

export function CollectPanel({ lang, plan, host }: CollectPanelProps) {
  const s = useStyles();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<Consolidation | null>(null);
  const [written, setWritten] = useState<string | null>(null);
  const [issuer, setIssuer] = useState("");
  // The bulletin's as-of date: the latest one the forms give, or the official's when none does.
  const [asOf, setAsOf] = useState("");
  const regions = plan?.regions ?? [];
  const names = plan && regions.length ? formFileNames(plan, "quarterly-report", lang) : [];

  async function guarded(label: string, f: () => Promise<void>) {
    setBusy(label);
    setError(null);
    try {
      await f();
    } catch (e) {
      setError(messageOf(e, lang));
    } finally {
      setBusy(null);
    }
  }

  const form = (region: string) => regionForm(plan!, "quarterly-report", region, { lang });

  async function onFiles(e: ChangeEvent<HTMLInputElement>) {
    const files = Array.from(e.target.files ?? []);
    if (!plan || files.length === 0) return;
    setResult(null);
    setWritten(null);
    await guarded(tr(lang, "reading", { n: files.length }), async () => {
      // A file far too large is not even read into memory; consolidate reports it.
      const read = await Promise.all(
        files.map(async (f) =>
          f.size > MAX_WORKBOOK_BYTES
            ? { name: f.name, bytes: new Uint8Array(0), size: f.size }
            : { name: f.name, bytes: await readBytes(f) },
        ),
      );
      const c = await consolidate(read, plan);
      setResult(c);
      setAsOf(c.asOf === undefined ? "" : isoFromSerial(c.asOf));
    });
  }

  return (
    <div className={s.root}>
      <section className={s.section} aria-label={tr(lang, "distributeTitle")}>
        <Text weight="semibold" size={400}>
          {tr(lang, "distributeTitle")}
        </Text>
        <Text>{tr(lang, "distributeIntro")}</Text>
        {!plan && <Text>{tr(lang, "noPlan")}</Text>}
        {plan && regions.length === 0 && <Text>{tr(lang, "noRegions")}</Text>}
        {plan && regions.length > 0 && (
          <div>
            <Button
              disabled={busy !== null}
              onClick={() =>
                guarded(tr(lang, "zipping", { i: 0, n: regions.length }), async () => {
                  const forms = await distributeForms(plan, "quarterly-report", { lang }, (i, n) =>
                    setBusy(tr(lang, "zipping", { i, n })),
                  );
                  download(await zipFiles(forms), formsZipName(plan, "quarterly-report", lang), ZIP_MIME);
                })
              }
            >
              {tr(lang, "downloadAll", { n: regions.length })}
            </Button>
          </div>
        )}
        {regions.map((region, i) => (
          <div key={region} className={s.region}>
            <Text className={s.regionName}>{region}</Text>
            <Button
              size="small"
              disabled={busy !== null}
              aria-label={`${tr(lang, "download")} ${region}`}
              onClick={() => guarded(region, async () => download(await form(region), names[i]))}
            >
              {tr(lang, "download")}
            </Button>
            {host?.canCreateWorkbook() && (
              <Button
                size="small"
                disabled={busy !== null}
                aria-label={`${tr(lang, "open")} ${region}`}
                onClick={() => guarded(region, async () => host.openWorkbook(await form(region)))}
              >
                {tr(lang, "open")}
              </Button>
            )}
          </div>
        ))}
      </section>

      <section className={s.section} aria-label={tr(lang, "collectTitle")}>
        <Text weight="semibold" size={400}>
          {tr(lang, "collectTitle")}
        </Text>
        <Text>{tr(lang, "collectIntro")}</Text>
        <label>
          <Text>{tr(lang, "pick")}</Text>{" "}
          <input
            type="file"
            multiple
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            disabled={!plan || busy !== null}
            onChange={onFiles}
            aria-label={tr(lang, "pick")}
          />
        </label>
        {busy && <Spinner size="tiny" label={busy} />}
        {error && (
          <MessageBar intent="error">
            <MessageBarBody>
              {tr(lang, "failed")}
              {error}
            </MessageBarBody>
          </MessageBar>
        )}
        {result && (
          <MessageBar intent={result.problems.some((p) => p.severity === "error") ? "warning" : "success"}>
            <MessageBarBody>
              <MessageBarTitle>
                {tr(lang, "result", {
                  read: result.files.filter((f) => f.read).length,
                  files: result.files.length,
                  sub: result.regions.filter((r) => r.status === "submitted").length,
                  rej: result.regions.filter((r) => r.status === "rejected").length,
                  e: result.problems.filter((p) => p.severity === "error").length,
                  all: result.regions.length,
                  n: result.problems.length,
                })}
              </MessageBarTitle>
            </MessageBarBody>
          </MessageBar>
        )}
        {result && result.problems.length > 0 && (
          <section aria-label={tr(lang, "problems")} className={s.problems}>
            <Text weight="semibold">{tr(lang, "problems")}</Text>
            {groupByRegion(result.problems).map(([region, list]) => (
              <section key={region ?? ""} aria-label={region ?? tr(lang, "other")}>
                <Text weight="semibold" size={200}>
                  {region ?? tr(lang, "other")}
                </Text>
                <ul className={s.list}>
                  {list.map((p, k) => (
                    <li key={k}>
                      [{SEVERITY_LABEL[lang][p.severity]}]{" "}
                      {[p.file, p.sheet, p.cell].filter(Boolean).join(" ")}: {p[lang]}
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </section>
        )}
        {result && (
          <div className={s.region}>
            {host && (
              <Button
                appearance="primary"
                disabled={busy !== null}
                onClick={() =>
                  guarded(tr(lang, "writing"), async () => {
                    const w = await host.writeConsolidation(result, lang);
                    setWritten(tr(lang, "written", { s: w.summary, r: w.report }));
                  })
                }
              >
                {tr(lang, "write")}
              </Button>
            )}
            <Button
              disabled={busy !== null}
              onClick={() =>
                guarded(tr(lang, "writing"), async () =>
                  download(await consolidationXlsx(result, lang), tr(lang, "summaryFile")),
                )
              }
            >
              {tr(lang, "downloadSummary")}
            </Button>
          </div>
        )}
        {result && (
          <div className={s.region}>
            <Text>{tr(lang, "bulletinIssuer")}</Text>
            <Input
              className={s.regionName}
              value={issuer}
              placeholder={tr(lang, "bulletinIssuerHint")}
              aria-label={tr(lang, "bulletinIssuer")}
              onChange={(_e, d) => setIssuer(d.value)}
            />
          </div>
        )}
        {result && (
          <div className={s.region}>
            <Text>{tr(lang, "bulletinAsOf")}</Text>
            <Input
              className={s.regionName}
              type="date"
              value={asOf}
              aria-label={tr(lang, "bulletinAsOf")}
              onChange={(_e, d) => setAsOf(d.value)}
            />
            <Button
              disabled={busy !== null}
              onClick={() =>
                guarded(tr(lang, "bulletinMaking"), async () => {
                  const serial = serialFromIso(asOf);
                  if (serial === undefined) throw new Error(tr(lang, "bulletinNoAsOf"));
                  // docx and echarts come in their own chunk, only when a bulletin is asked for.
                  const m = await import(/* webpackChunkName: "bulletin" */ "../../bulletin/browser");
                  const { bulletin, bytes } = await m.bulletinDocxBrowser(result, {
                    lang,
                    asOf: serial,
                    ...(issuer.trim() ? { issuer: issuer.trim() } : {}),
                  });
                  const name = `${safeFileBase(bulletin.title)}.docx`;
                  download(bytes, name, DOCX_MIME);
                  setWritten(tr(lang, "bulletinDone", { f: name }));
                })
              }
            >
              {tr(lang, "bulletin")}
            </Button>
          </div>
        )}
        {written && (
          <MessageBar intent="success">
            <MessageBarBody>{written}</MessageBarBody>
          </MessageBar>
        )}
      </section>
    </div>
  );
}
