/**
 * Numbers as officials type them: "1,234", "１２３", " 25% ", "0.5". The editor keeps what was
 * typed, so a mistake is shown beside the field instead of being silently dropped.
 */
export type Parsed = { ok: true; value: number | undefined } | { ok: false };

function normalise(text: string): string {
  return text
    .replace(/[\uff10-\uff19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[\uff0e。]/g, ".")
    .replace(/[\uff05]/g, "%")
    .replace(/[\uff0d−]/g, "-")
    .replace(/[,\s\uff0c]/g, "");
}

/** A plain number; blank is "not given". */
export function parseNumber(text: string): Parsed {
  const s = normalise(text);
  if (s === "") return { ok: true, value: undefined };
  if (!/^-?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(s)) return { ok: false };
  return { ok: true, value: Number(s) };
}

/** A percentage typed as "25" or "25%" → 0.25. */
export function parsePercent(text: string): Parsed {
  const r = parseNumber(text.replace(/[%\uff05]\s*$/, ""));
  if (!r.ok || r.value === undefined) return r;
  return { ok: true, value: Number((r.value / 100).toPrecision(12)) };
}

export function formatNumber(value: number | undefined): string {
  return value === undefined || !Number.isFinite(value) ? "" : String(value);
}

/** 0.25 → "25" (without float noise such as 7.000000000000001). */
export function formatPercent(value: number | undefined): string {
  return value === undefined || !Number.isFinite(value) ? "" : String(Number((value * 100).toPrecision(12)));
}

export function parseYear(text: string): number | undefined {
  const s = normalise(text);
  return /^\d{4}$/.test(s) ? Number(s) : undefined;
}
