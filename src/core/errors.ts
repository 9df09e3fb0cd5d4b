/**
 * The error model of the domain. Core functions never throw for bad input: they return a
 * PlanError, which the custom-functions layer turns into an Excel error value with a message,
 * the CLI into one line, and the pane into an inline message.
 */
export type ErrorCode = "#VALUE!" | "#NUM!" | "#DIV/0!" | "#N/A";

export class PlanError {
  constructor(
    readonly code: ErrorCode,
    /** Short message in Chinese (the primary UI language). */
    readonly zh: string,
    /** The same message in English. */
    readonly en: string,
  ) {}

  message(lang: Lang): string {
    return lang === "zh" ? this.zh : this.en;
  }
}

export function isPlanError(x: unknown): x is PlanError {
  return x instanceof PlanError;
}

/** The two languages of the product: Chinese first, English second. */
export type Lang = "zh" | "en";
