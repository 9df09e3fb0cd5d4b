/**
 * Starts the pane: waits for office.js to say where it runs, picks the Office host inside
 * Excel and the browser host anywhere else, then renders the app.
 */
import { createRoot } from "react-dom/client";
import { createBrowserHost } from "../host/browserHost";
import { createOfficeHost } from "../office/officeHost";
import type { Host } from "../host/port";
import { App } from "./App";

// office.js normally answers at once; if it never does (blocked or missing), the pane still opens.
const OFFICE_READY_TIMEOUT_MS = 4000;

function whenOfficeReady(): Promise<Office.HostType | null> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return Promise.resolve(null);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), OFFICE_READY_TIMEOUT_MS);
    Office.onReady()
      .then((info) => resolve(info.host ?? null))
      .catch(() => resolve(null))
      .finally(() => clearTimeout(timer));
  });
}

async function main(): Promise<void> {
  const hostType = await whenOfficeReady();
  const host: Host =
    String(hostType) === "Excel" && typeof Excel !== "undefined" ? createOfficeHost() : createBrowserHost();
  // The pane fills the task-pane frame edge to edge, as Office panes do.
  document.body.style.margin = "0";
  const root = document.getElementById("root");
  if (root) createRoot(root).render(<App host={host} />);
}

void main();
