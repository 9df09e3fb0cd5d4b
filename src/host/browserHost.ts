/**
 * The pane opened in a plain browser: everything that needs a workbook is disabled with a
 * short note why; the plan is kept in this browser's local storage so a reload loses nothing.
 */
import type { Plan } from "../core/plan";
import { planFromJson, PLAN_SETTINGS_KEY } from "./planJson";
import { HostError, type Host, type HostCapabilities } from "./port";

const NOTE = {
  zh: "当前不在 Excel 中运行:可以浏览模板、编辑规划和查看函数帮助,插入需在 Excel 中打开本加载项。",
  en: "Not running inside Excel: you can browse templates, edit the plan and read the function help; open the add-in in Excel to insert.",
};

function unsupported(): HostError {
  return new HostError("unsupported", NOTE.zh, NOTE.en);
}

export function createBrowserHost(storage: Storage | null = safeLocalStorage()): Host {
  return {
    kind: "browser",
    displayLanguage: () => (typeof navigator !== "undefined" && navigator.language) || "zh-CN",
    capabilities: (): HostCapabilities => ({
      insert: false,
      readSelection: false,
      insertFormula: false,
      storage: storage ? "browser" : "none",
      note: NOTE,
    }),
    insertTemplate: () => Promise.reject(unsupported()),
    readSelection: () => Promise.reject(unsupported()),
    insertFormula: () => Promise.reject(unsupported()),
    shareHost: () => Promise.resolve(null),
    collectHost: () => Promise.resolve(null),
    async savePlan(plan: Plan) {
      storage?.setItem(PLAN_SETTINGS_KEY, JSON.stringify(plan));
    },
    async loadPlan() {
      const json = storage?.getItem(PLAN_SETTINGS_KEY);
      return json ? planFromJson(json) : null;
    },
  };
}

function safeLocalStorage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    // Storage can be blocked (privacy settings, sandboxed frames): the pane still works.
    return null;
  }
}
