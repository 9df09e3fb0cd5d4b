/**
 * File names that survive every file system the forms travel through, Windows included:
 * no reserved characters or device names, no trailing dot or space, a bounded length.
 */

const RESERVED = /^(CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9])$/i;
// Windows forbids <>:"/\|?* and control characters; full-width look-alikes are fine.
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f]/g;

/** A safe base name (no extension) for `name`. */
export function safeFileBase(name: string, maxLength = 80): string {
  let s = name.normalize("NFC").replace(FORBIDDEN, "_").replace(/\s+/g, " ").trim();
  s = s.replace(/[. ]+$/, "");
  if (s === "") s = "_";
  if (RESERVED.test(s)) s = `${s}_`;
  return [...s].slice(0, maxLength).join("");
}

/** Names made unique case-insensitively (Windows and macOS ignore case): "a", "a (2)", … */
export function uniqueNames(bases: string[], ext: string): string[] {
  const taken = new Set<string>();
  return bases.map((b) => {
    let name = `${b}${ext}`;
    for (let k = 2; taken.has(name.toLowerCase()); k++) name = `${b} (${k})${ext}`;
    taken.add(name.toLowerCase());
    return name;
  });
}
