/**
 * File names that survive every file system the forms travel through, Windows included:
 * no reserved characters or device names, no control or invisible (bidi) characters, no
 * trailing dot or space, a bounded length in bytes.
 */

const RESERVED = /^(CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9])$/i;
// Windows forbids <>:"/\|?* and control characters (C0, DEL, C1); full-width look-alikes are fine.
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f-\u009f]/g;
// Invisible format characters: bidi embeddings, overrides and isolates (U+202E makes
// "报表_\u202Excod.xlsx" show as "报表_xslx.docx"), marks, zero-width characters, BOM.
const INVISIBLE = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]/g;
/**
 * File systems limit a name to 255 bytes (ext4; NTFS counts UTF-16 units): a base of at most
 * 200 UTF-8 bytes leaves room for " (99)" and the extension everywhere.
 */
export const MAX_BASE_BYTES = 200;

/** A safe base name (no extension) for `name`: at most `maxBytes` UTF-8 bytes, whole characters. */
export function safeFileBase(name: string, maxBytes = MAX_BASE_BYTES): string {
  let s = name.normalize("NFC").replace(INVISIBLE, "").replace(FORBIDDEN, "_").replace(/\s+/g, " ").trim();
  s = s.replace(/[. ]+$/, "");
  if (s === "") s = "_";
  if (RESERVED.test(s)) s = `${s}_`;
  const encoder = new TextEncoder();
  let out = "";
  let bytes = 0;
  for (const ch of s) {
    const n = encoder.encode(ch).length;
    if (bytes + n > maxBytes) break;
    out += ch;
    bytes += n;
  }
  return out.replace(/[. ]+$/, "") || "_";
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
