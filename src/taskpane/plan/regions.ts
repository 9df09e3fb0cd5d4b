/** Region lists arrive pasted from Excel columns, rows, Word lists or typed by hand. */
export function parseRegions(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of text.split(/[\r\n\t,，、;；]+/)) {
    const name = part.trim();
    if (name && !seen.has(name)) {
      seen.add(name);
      out.push(name);
    }
  }
  return out;
}

export function formatRegions(regions: readonly string[] | undefined): string {
  return (regions ?? []).join("\n");
}
