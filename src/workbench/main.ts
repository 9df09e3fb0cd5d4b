/**
 * The workbench page: Univer's grid with the add-in's own task pane docked beside it.
 *
 * Start-up, in order (the progress bar in workbench.html follows these steps):
 * 1. load Univer's UI chunks and start the engine in the grid's container;
 * 2. open the workbook kept in this browser (IndexedDB) or a new one, and register the PLAN
 *    functions (Univer accepts them only once a workbook exists);
 * 3. install the Excel JavaScript API on window (src/workbench/excel), so the pane's normal Office
 *    host code (src/office) runs unchanged against the engine;
 * 4. boot the pane (src/taskpane/boot.tsx), which finds Office "ready" in Excel and renders;
 * 5. wait for Univer's first drawing of the grid, which it starts on a timer after step 2.
 * The chunks of every step and the stored workbook are fetched at once, at the start, so that
 * loading overlaps the engine's start; each step then waits only for its own. Each step leaves a
 * performance mark ("workbench:engine", …) for the bench and for a maintainer's profile.
 * Then the toolbar (new / open .xlsx / save as .xlsx) is enabled and edits are kept in IndexedDB.
 * The .xlsx converter (exceljs) is loaded only when a file is opened or saved.
 */
import type { IWorkbookData } from "@univerjs/core";
import type { Lang } from "../core/errors";
import type { Engine } from "./engine";
import { wt } from "./texts";
import { loadWorkbook, saveWorkbook, type StoredWorkbook } from "./store";

const lang: Lang = /^zh\b/i.test(navigator.language || "") ? "zh" : "en";
const locale = lang === "zh" ? "zh-CN" : "en-US";
const SAVE_DELAY_MS = 800;
let createdWorkbooks = 0;

function element<T extends HTMLElement>(id: string): T {
  const e = document.getElementById(id);
  if (!e) throw new Error(`workbench.html lacks #${id}`);
  return e as T;
}

function progress(step: number, text: string): void {
  element<HTMLProgressElement>("wb-progress").value = step;
  element("wb-loading-text").textContent = text;
}

function message(text: string): void {
  element("wb-message").textContent = text;
}

function applyLanguage(): void {
  document.documentElement.lang = locale;
  document.title = wt(lang, "title");
  element("wb-title").textContent = wt(lang, "title");
  element("wb-new").textContent = wt(lang, "newWorkbook");
  element("wb-open").textContent = wt(lang, "open");
  element("wb-save").textContent = wt(lang, "saveAs");
}

/** A fresh workbook with one sheet, named in the interface language. */
function emptyWorkbook(): Partial<IWorkbookData> {
  const id = `wb-${Date.now().toString(36)}`;
  return {
    id,
    name: wt(lang, "untitled"),
    sheetOrder: ["sheet1"],
    sheets: { sheet1: { id: "sheet1", name: wt(lang, "sheetName"), rowCount: 1000, columnCount: 26 } },
  };
}

/** The one workbook open in the workbench, and what is needed to replace or keep it. */
class OpenWorkbook {
  private fileName: string | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly engine: Engine) {}

  get api() {
    return this.engine.api;
  }

  /** Replaces whatever is open with snapshot (or a new workbook). */
  open(snapshot: Partial<IWorkbookData> | null, fileName: string | null): void {
    const api = this.api;
    const current = api.getActiveWorkbook();
    if (current) api.disposeUnit(current.getId());
    const wb = api.createWorkbook(snapshot ?? emptyWorkbook());
    this.fileName = fileName;
    element("wb-file-name").textContent = fileName ?? wt(lang, "untitled");
    // Every change (a typed cell, an inserted template, a plan saved by the pane) is kept.
    wb.onCommandExecuted(() => this.scheduleSave());
  }

  snapshot(): IWorkbookData {
    const wb = this.api.getActiveWorkbook();
    if (!wb) throw new Error("no workbook is open");
    return wb.save();
  }

  setFileName(name: string): void {
    this.fileName = name;
    element("wb-file-name").textContent = name;
    this.scheduleSave();
  }

  scheduleSave(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.keep(), SAVE_DELAY_MS);
  }

  /** Writes the snapshot to IndexedDB now; the end-to-end tests call it through window.workbench. */
  async keep(): Promise<void> {
    clearTimeout(this.timer);
    const stored: StoredWorkbook = { snapshot: this.snapshot(), fileName: this.fileName };
    await saveWorkbook(stored);
  }

  get name(): string {
    return this.fileName ?? `${wt(lang, "untitled")}.xlsx`;
  }
}

function download(bytes: Uint8Array, name: string): void {
  const blob = new Blob([bytes as BlobPart], {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function errorText(e: unknown): string {
  if (e && typeof e === "object") {
    const b = e as { zh?: unknown; en?: unknown; message?: unknown };
    if (typeof b[lang] === "string") return b[lang] as string;
    if (typeof b.message === "string") return b.message;
  }
  return String(e);
}

function wireToolbar(book: OpenWorkbook): void {
  const input = element<HTMLInputElement>("wb-file");
  element("wb-new").addEventListener("click", () => {
    if (!window.confirm(wt(lang, "confirmNew"))) return;
    book.open(null, null);
    book.scheduleSave();
    message("");
  });
  element("wb-open").addEventListener("click", () => input.click());
  input.addEventListener("change", () => {
    const file = input.files?.[0];
    input.value = "";
    if (file) void openFile(book, file);
  });
  element("wb-save").addEventListener("click", () => void saveFile(book));
  for (const id of ["wb-new", "wb-open", "wb-save"]) element<HTMLButtonElement>(id).disabled = false;
}

async function openFile(book: OpenWorkbook, file: File): Promise<void> {
  const name = file.name;
  message(wt(lang, "opening", { name }));
  try {
    const { xlsxToSnapshot } = await import(/* webpackChunkName: "xlsx" */ "./xlsx");
    const { snapshot, warnings } = await xlsxToSnapshot(new Uint8Array(await file.arrayBuffer()));
    book.open(snapshot, name);
    await book.keep();
    message(
      warnings.length === 0
        ? wt(lang, "opened", { name })
        : wt(lang, "openedWithWarnings", { name, count: warnings.length, first: warnings[0][lang] }),
    );
  } catch (e) {
    // The open workbook is untouched: the new one replaces it only once it was read.
    message(wt(lang, "openFailed", { name, message: errorText(e) }));
  }
}

async function saveFile(book: OpenWorkbook): Promise<void> {
  message(wt(lang, "saving"));
  try {
    const { exportXlsx } = await import(/* webpackChunkName: "xlsx" */ "./xlsx");
    const { bytes, warnings } = await exportXlsx(book.snapshot());
    const name = /\.xlsx$/i.test(book.name) ? book.name : `${book.name}.xlsx`;
    download(bytes, name);
    book.setFileName(name);
    message(
      warnings.length === 0
        ? wt(lang, "saved", { name })
        : wt(lang, "savedWithWarnings", { name, count: warnings.length, first: warnings[0][lang] }),
    );
  } catch (e) {
    message(wt(lang, "saveFailed", { message: errorText(e) }));
  }
}

/** What tests and the bench read: the engine, the open workbook, and when the page is ready. */
export interface WorkbenchHandle {
  engine: Engine;
  keep(): Promise<void>;
}

declare global {
  interface Window {
    workbench?: WorkbenchHandle;
  }
}

/** Resolves once the pane has rendered into #root (it boots asynchronously on import). */
function paneRendered(): Promise<void> {
  const root = element("root");
  return new Promise((resolve) => {
    if (root.childElementCount > 0) return resolve();
    const observer = new MutationObserver(() => {
      if (root.childElementCount === 0) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(root, { childList: true });
  });
}

/** A promise started before it is awaited: a failure is reported where it is awaited (as the
 * step's error on the page), not first as an unhandled rejection. */
function early<T>(p: Promise<T>): Promise<T> {
  p.catch(() => undefined);
  return p;
}

async function main(): Promise<void> {
  applyLanguage();
  progress(1, wt(lang, "loadingScripts"));
  // Started together; awaited in order below.
  const engineChunk = early(import(/* webpackChunkName: "engine" */ "./engine"));
  // createUiEngine imports them too: this only starts the fetches sooner.
  early(import(/* webpackChunkName: "univer-ui" */ "./uiEngine"));
  early(
    locale === "en-US"
      ? import(/* webpackChunkName: "univer-en-US" */ "./uiLocales/en-US")
      : import(/* webpackChunkName: "univer-zh-CN" */ "./uiLocales/zh-CN"),
  );
  const functionsChunk = early(import(/* webpackChunkName: "engine" */ "./planFunctions"));
  const excelChunk = early(import(/* webpackChunkName: "excel" */ "./excel"));
  const paneChunk = early(import(/* webpackChunkName: "pane" */ "../taskpane/boot"));
  const storedBook = loadWorkbook();

  const { createUiEngine, gridRendered } = await engineChunk;
  const engine = await createUiEngine(element("wb-grid"), { locale });
  performance.mark("workbench:engine");

  progress(2, wt(lang, "loadingWorkbook"));
  const book = new OpenWorkbook(engine);
  const stored = await storedBook;
  book.open(stored?.snapshot ?? null, stored?.fileName ?? null);
  const { registerPlanFunctions } = await functionsChunk;
  registerPlanFunctions(engine.api, lang);
  if (stored) message(wt(lang, "restored"));
  performance.mark("workbench:workbook");

  progress(3, wt(lang, "loadingPane"));
  const { installExcelApi } = await excelChunk;
  installExcelApi(engine.api, window, {
    displayLanguage: locale,
    onGridRefused: (why) => message(wt(lang, why === "locked" ? "lockedCell" : "protectedSheet")),
    // Excel.createWorkbook opens a workbook the add-in made (a county's form) beside the open one.
    // The workbench holds one workbook and replacing it could lose work, so the new workbook is
    // handed to the browser as a download instead.
    createWorkbook: async (base64) => {
      const bytes = Uint8Array.from(atob(base64), (ch) => ch.charCodeAt(0));
      download(bytes, wt(lang, "newWorkbookFile", { n: ++createdWorkbooks }));
    },
  });
  window.workbench = { engine, keep: () => book.keep() };
  performance.mark("workbench:excel");
  const { bootPane } = await paneChunk;
  void bootPane();
  await paneRendered();
  performance.mark("workbench:pane");
  // Ready means the grid can be clicked and typed into: Univer draws it a moment after the
  // workbook exists.
  await gridRendered(engine);
  performance.mark("workbench:grid");

  wireToolbar(book);
  progress(4, "");
  element("wb-loading").hidden = true;
  document.documentElement.dataset.workbench = "ready";
  performance.mark("workbench:ready");
}

main().catch((e: unknown) => {
  const loading = element("wb-loading");
  loading.hidden = false;
  loading.classList.add("wb-error");
  element("wb-loading-text").textContent = wt(lang, "loadFailed", { message: errorText(e) });
  // Shown on the page; logged too so a test's console check fails with the cause.
  console.error(e);
});
