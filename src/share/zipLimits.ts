/**
 * What an .xlsx package says it will inflate to, read from its central directory before
 * anything is inflated: a zip bomb (a small file that inflates to gigabytes) is refused from its
 * own declarations, in the pane and the CLI alike. Pure: bytes in, no zlib. The CLI also checks
 * that no entry inflates beyond what it declared (src/cli/files.ts), since a crafted package
 * can under-declare.
 */

/** Far beyond any plan workbook (a 200-indicator × 150-region summary is a few tens of MB). */
export const MAX_UNCOMPRESSED_BYTES = 256 * 1024 * 1024;
export const MAX_ZIP_ENTRIES = 10_000;

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  /** Offset of the local file header. */
  offset: number;
}

export type ZipDirectory =
  { ok: true; entries: ZipEntry[]; total: number } | { ok: false; why: "unreadable" | "zip64" };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

function u16(b: Uint8Array, i: number): number {
  return b[i] | (b[i + 1] << 8);
}
function u32(b: Uint8Array, i: number): number {
  return (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16)) + b[i + 3] * 0x1000000;
}

/** Reads the central directory (no inflating). */
export function readZipDirectory(b: Uint8Array): ZipDirectory {
  // The end record is in the last 22 + 65535 (comment) bytes.
  let end = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 65535); i--) {
    if (u32(b, i) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) return { ok: false, why: "unreadable" };
  const count = u16(b, end + 10);
  const size = u32(b, end + 12);
  const start = u32(b, end + 16);
  if (count === 0xffff || size === 0xffffffff || start === 0xffffffff) return { ok: false, why: "zip64" };
  if (start + size > b.length) return { ok: false, why: "unreadable" };
  const entries: ZipEntry[] = [];
  let total = 0;
  let p = start;
  for (let k = 0; k < count; k++) {
    if (p + 46 > b.length || u32(b, p) !== CENTRAL) return { ok: false, why: "unreadable" };
    const compressedSize = u32(b, p + 20);
    const uncompressedSize = u32(b, p + 24);
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff) return { ok: false, why: "zip64" };
    const nameLength = u16(b, p + 28);
    const name = new TextDecoder().decode(b.subarray(p + 46, p + 46 + nameLength));
    entries.push({ name, method: u16(b, p + 10), compressedSize, uncompressedSize, offset: u32(b, p + 42) });
    total += uncompressedSize;
    p += 46 + nameLength + u16(b, p + 30) + u16(b, p + 32);
  }
  return { ok: true, entries, total };
}

/**
 * Deflate never makes data much larger: stored blocks add 5 bytes per 64 KiB. An entry whose
 * compressed data is larger than that bound under-declares its size (a crafted bomb).
 */
export function declaresTooLittle(e: ZipEntry): boolean {
  return (
    e.method !== 0 &&
    e.compressedSize > e.uncompressedSize + 5 * Math.ceil(e.uncompressedSize / 65535 + 1) + 64
  );
}

export type ZipLimitProblem =
  | { kind: "too-large"; total: number; limit: number }
  | { kind: "too-many"; entries: number; limit: number }
  | { kind: "lying"; name: string }
  | { kind: "zip64" };

/** The first limit a package breaks, from its declarations only; undefined when within limits. */
export function zipLimitProblem(
  b: Uint8Array,
  limit = MAX_UNCOMPRESSED_BYTES,
  maxEntries = MAX_ZIP_ENTRIES,
): ZipLimitProblem | undefined {
  const dir = readZipDirectory(b);
  if (!dir.ok) return dir.why === "zip64" ? { kind: "zip64" } : undefined; // unreadable: the loader says "damaged"
  if (dir.entries.length > maxEntries)
    return { kind: "too-many", entries: dir.entries.length, limit: maxEntries };
  if (dir.total > limit) return { kind: "too-large", total: dir.total, limit };
  const liar = dir.entries.find(declaresTooLittle);
  if (liar) return { kind: "lying", name: liar.name };
  return undefined;
}
