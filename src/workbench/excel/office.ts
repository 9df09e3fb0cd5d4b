/**
 * The `Office` namespace the add-in reads in the workbench: onReady with host Excel, the display
 * language (the browser's), requirement sets answered for what this API implements, and
 * document settings saved with the workbook.
 */
import type { Session } from "./session";

/** The highest ExcelApi requirement set implemented here. */
export const EXCEL_API_VERSION = "1.9";

function versionAtLeast(have: string, need: string): boolean {
  const [a1, b1 = 0] = have.split(".").map(Number);
  const [a2, b2 = 0] = need.split(".").map(Number);
  return a1 > a2 || (a1 === a2 && b1 >= b2);
}

/** isSetSupported: ExcelApi up to EXCEL_API_VERSION, nothing else (no custom-functions runtime,
 * no dialogs, no ribbon). */
export function isSetSupported(name: string, minVersion?: string): boolean {
  if (name !== "ExcelApi") return false;
  return (
    minVersion === undefined || minVersion === "" || versionAtLeast(EXCEL_API_VERSION, String(minVersion))
  );
}

export const AsyncResultStatus = { Succeeded: "succeeded", Failed: "failed" } as const;

export interface AsyncResult {
  status: string;
  value?: unknown;
  error?: { name: string; message: string; code: number };
  asyncContext?: unknown;
}

type Callback = (result: AsyncResult) => void;

/** Office.context.document.settings: an in-memory copy of the workbook's settings, written back
 * to the workbook by saveAsync (as in Office, set() alone is lost when the workbook closes). */
export class Settings {
  private cache?: { unit: string; values: Record<string, unknown> };
  constructor(private readonly session: Session) {}

  private values(): Record<string, unknown> {
    const unit = this.session.workbook().getId();
    if (!this.cache || this.cache.unit !== unit) {
      this.cache = { unit, values: this.session.settings() };
    }
    return this.cache.values;
  }
  get(name: string): unknown {
    const v = this.values()[name];
    return v === undefined ? null : structuredClone(v);
  }
  set(name: string, value: unknown): void {
    this.values()[name] = structuredClone(value);
  }
  remove(name: string): void {
    delete this.values()[name];
  }
  saveAsync(optionsOrCallback?: unknown, callback?: Callback): void {
    const cb = (typeof optionsOrCallback === "function" ? optionsOrCallback : callback) as
      Callback | undefined;
    const asyncContext =
      typeof optionsOrCallback === "object" && optionsOrCallback
        ? (optionsOrCallback as { asyncContext?: unknown }).asyncContext
        : undefined;
    void Promise.resolve().then(() => {
      try {
        this.session.setSettings(structuredClone(this.values()));
        cb?.({ status: AsyncResultStatus.Succeeded, asyncContext });
      } catch (e) {
        cb?.({
          status: AsyncResultStatus.Failed,
          error: {
            name: "Settings Save Error",
            message: e instanceof Error ? e.message : String(e),
            code: 5001,
          },
          asyncContext,
        });
      }
    });
  }
  refreshAsync(callback?: Callback): void {
    void Promise.resolve().then(() => {
      this.cache = undefined;
      callback?.({ status: AsyncResultStatus.Succeeded, value: this });
    });
  }
  addHandlerAsync(_type: unknown, _handler: unknown, _options?: unknown, callback?: Callback): void {
    callback?.({ status: AsyncResultStatus.Succeeded });
  }
}

export const HostType = {
  Word: "Word",
  Excel: "Excel",
  PowerPoint: "PowerPoint",
  Outlook: "Outlook",
  OneNote: "OneNote",
  Project: "Project",
  Access: "Access",
} as const;

export const PlatformType = {
  PC: "PC",
  OfficeOnline: "OfficeOnline",
  Mac: "Mac",
  iOS: "iOS",
  Android: "Android",
  Universal: "Universal",
} as const;

export function browserLanguage(): string {
  const nav = (globalThis as { navigator?: { language?: string } }).navigator;
  return nav?.language || "zh-CN";
}

export function createOffice(session: Session) {
  const displayLanguage = session.options.displayLanguage ?? browserLanguage();
  const info = { host: HostType.Excel, platform: PlatformType.OfficeOnline };
  const settings = new Settings(session);
  return {
    HostType,
    PlatformType,
    AsyncResultStatus,
    context: {
      displayLanguage,
      contentLanguage: displayLanguage,
      host: HostType.Excel,
      platform: PlatformType.OfficeOnline,
      diagnostics: { host: HostType.Excel, platform: PlatformType.OfficeOnline, version: "workbench" },
      requirements: { isSetSupported },
      document: { settings },
    },
    onReady(callback?: (i: typeof info) => void): Promise<typeof info> {
      return Promise.resolve().then(() => {
        callback?.(info);
        return info;
      });
    },
  };
}
