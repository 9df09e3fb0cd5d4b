/** Sheet names as Excel accepts them: at most 31 characters, none of []:*?/\, unique in the book. */
export function cleanSheetName(name: string): string {
  const s = name
    .replace(/[[\]:*?/\\]/g, " ")
    .replace(/^'+|'+$/g, "")
    .trim();
  return (s || "Sheet").slice(0, 31);
}

export function uniqueSheetName(name: string, taken: readonly string[]): string {
  const base = cleanSheetName(name);
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  if (!lower.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = base.slice(0, 31 - suffix.length) + suffix;
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}
