/**
 * Boots the pane: waits for office.js to say where it runs, picks the Office host inside
 * Excel and the browser host anywhere else, then renders the app.
 *
 * A page that Office opened never falls back to the browser host: a slow Excel start (a busy
 * machine, a large workbook opening) would otherwise leave the pane running without its workbook,
 * silently. Such a page waits for Office.onReady as long as it takes and says that it is waiting.
 * Only a page opened outside Office gives office.js a few seconds before opening without Excel.
 */
import { createRoot } from "react-dom/client";
import { createBrowserHost } from "../host/browserHost";
import { createOfficeHost } from "../office/officeHost";
import type { Host } from "../host/port";
import { App } from "./App";

// Outside Office, office.js normally answers at once; if it never does (blocked or missing), the
// pane still opens.
const OFFICE_READY_TIMEOUT_MS = 4000;
// Inside Office, after this long the pane says that it is waiting for Excel.
const WAITING_NOTICE_MS = 3000;

/** Whether Office opened this page, from the same signs office.js reads: `_host_Info=Excel$…`
 * in the address, the host info office.js keeps in session storage, or the frame's name (JSON
 * with `hostInfo`) that Office sets. */
function openedByOffice(): boolean {
  try {
    if (/[?&]_host_Info=/i.test(window.location.search)) return true;
    if (window.sessionStorage?.getItem("hostInfoValue")) return true;
  } catch {
    // storage blocked: look at the frame's name
  }
  try {
    const name: unknown = window.name ? JSON.parse(window.name) : null;
    return Boolean(name && typeof name === "object" && "hostInfo" in name);
  } catch {
    return false;
  }
}

function whenOfficeReady(insideOffice: boolean): Promise<Office.HostType | null> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return Promise.resolve(null);
  return new Promise((resolve) => {
    const timer = insideOffice ? undefined : setTimeout(() => resolve(null), OFFICE_READY_TIMEOUT_MS);
    Office.onReady()
      .then((info) => resolve(info.host ?? null))
      .catch(() => resolve(null))
      .finally(() => clearTimeout(timer));
  });
}

function showWaiting(root: HTMLElement): void {
  // Office's display language is not known before onReady: both languages, Chinese first.
  const p = document.createElement("p");
  p.setAttribute("role", "status");
  p.style.cssText = "font: 14px 'Microsoft YaHei', 'Segoe UI', sans-serif; padding: 16px; color: #444";
  p.textContent = "正在等待 Excel 准备就绪… / Waiting for Excel to be ready…";
  root.replaceChildren(p);
}

/** Renders the pane into #root once office.js has said where it runs. */
export async function bootPane(): Promise<void> {
  // The pane fills the task-pane frame edge to edge, as Office panes do.
  document.body.style.margin = "0";
  const root = document.getElementById("root");
  const insideOffice = openedByOffice();
  const waiting = insideOffice && root ? setTimeout(() => showWaiting(root), WAITING_NOTICE_MS) : undefined;
  const hostType = await whenOfficeReady(insideOffice);
  clearTimeout(waiting);
  const host: Host =
    String(hostType) === "Excel" && typeof Excel !== "undefined" ? createOfficeHost() : createBrowserHost();
  if (root) {
    root.replaceChildren();
    createRoot(root).render(<App host={host} />);
  }
}
