/**
 * The CLI's file handling, in one place so every command is equally safe:
 *  - inputs are read only when they are regular files (a FIFO would block, /dev/zero never
 *    ends, a dangling link has nothing behind it), with their size checked before reading;
 *  - an output that is an input, or a link (soft or hard) to one, is refused even with --force;
 *  - every output is written to a temporary file beside it and renamed into place, so a full
 *    disk or a file-size limit leaves the old file (or none), never a truncated one;
 *  - an .xlsx is inflated entry by entry with a cap before exceljs sees it, so a package that
 *    under-declares its sizes (a crafted zip bomb) is refused without the memory it asks for;
 *  - a closed stdout (`… | head`) ends the output quietly.
 */
import {
  closeSync,
  constants,
  fstatSync,
  fsyncSync,
  lstatSync,
  openSync,
  readSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
  type Stats,
} from "node:fs";
import { basename, dirname, join } from "node:path";
import { randomBytes } from "node:crypto";
import { inflateRawSync } from "node:zlib";
import { UserError } from "./command";
import { readZipDirectory, MAX_UNCOMPRESSED_BYTES } from "../share/zipLimits";

/** Why an input cannot be read, in both languages (collect reports it; other commands stop). */
export interface InputProblem {
  code: "missing" | "not-regular" | "too-large" | "unreadable";
  zh: string;
  en: string;
}

export type InputRead = { ok: true; bytes: Buffer } | ({ ok: false; size?: number } & InputProblem);

function kindOf(s: Stats): { zh: string; en: string } {
  if (s.isDirectory()) return { zh: "目录", en: "a directory" };
  if (s.isFIFO()) return { zh: "管道(FIFO)", en: "a FIFO (pipe)" };
  if (s.isCharacterDevice() || s.isBlockDevice()) return { zh: "设备文件", en: "a device" };
  if (s.isSocket()) return { zh: "套接字", en: "a socket" };
  return { zh: "特殊文件", en: "not a regular file" };
}

/** The input's status, following links; a problem when it is not a readable regular file. */
export function inputStatus(path: string): { ok: true; stat: Stats } | ({ ok: false } & InputProblem) {
  let stat: Stats;
  try {
    stat = statSync(path);
  } catch (e) {
    const link = (() => {
      try {
        return lstatSync(path).isSymbolicLink();
      } catch {
        return false;
      }
    })();
    if (link)
      return { ok: false, code: "missing", zh: "链接指向的文件不存在", en: "a link to nothing (dangling)" };
    const code = (e as NodeJS.ErrnoException).code;
    return code === "ENOENT"
      ? { ok: false, code: "missing", zh: "找不到文件", en: "not found" }
      : { ok: false, code: "unreadable", zh: `无法访问(${code})`, en: `cannot be accessed (${code})` };
  }
  if (!stat.isFile()) {
    const k = kindOf(stat);
    return {
      ok: false,
      code: "not-regular",
      zh: `不是普通文件(${k.zh}),未读取`,
      en: `${k.en}, not a regular file; not read`,
    };
  }
  return { ok: true, stat };
}

/**
 * Reads a regular file of at most `maxBytes`. Opened non-blocking and checked again on the
 * open descriptor, so a file swapped for a FIFO after the check cannot block; never reads
 * past maxBytes + 1, so a file that grows cannot exhaust memory.
 */
export function readInput(path: string, maxBytes: number): InputRead {
  const st = inputStatus(path);
  if (!st.ok) return st;
  const tooLarge = (size: number): InputRead => {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    return {
      ok: false,
      code: "too-large",
      size,
      zh: `文件过大(${mb(size)} MB,上限 ${mb(maxBytes)} MB)`,
      en: `file too large (${mb(size)} MB, limit ${mb(maxBytes)} MB)`,
    };
  };
  if (st.stat.size > maxBytes) return tooLarge(st.stat.size);
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, code: "unreadable", zh: `无法打开(${code})`, en: `cannot be opened (${code})` };
  }
  try {
    const s = fstatSync(fd);
    if (!s.isFile()) {
      const k = kindOf(s);
      return {
        ok: false,
        code: "not-regular",
        zh: `不是普通文件(${k.zh}),未读取`,
        en: `${k.en}, not a regular file; not read`,
      };
    }
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buf = Buffer.allocUnsafe(Math.min(1 << 20, maxBytes + 1 - total) || 1);
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      chunks.push(buf.subarray(0, n));
      total += n;
      if (total > maxBytes) return tooLarge(total);
    }
    return { ok: true, bytes: Buffer.concat(chunks, total) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, code: "unreadable", zh: `读取失败(${code})`, en: `read failed (${code})` };
  } finally {
    closeSync(fd);
  }
}

/** Reads an input the command cannot do without (plan, share input): a problem is one UserError line. */
export function readRequiredInput(path: string, maxBytes: number, what: { zh: string; en: string }): Buffer {
  const r = readInput(path, maxBytes);
  if (!r.ok) throw new UserError(`${what.zh} ${what.en} ${path}: ${r.zh} / ${r.en}`);
  return r.bytes;
}

function identity(path: string): string | undefined {
  try {
    const s = statSync(path);
    return `${s.dev}:${s.ino}`;
  } catch {
    return undefined;
  }
}

/**
 * Checks an output path before any work: refused when it is, or links to, one of the inputs
 * (same device and inode: the path itself, a symbolic link or a hard link), whatever --force
 * says; refused when it exists and --force was not given, or is a directory.
 */
export function checkOutput(out: string, inputs: readonly string[], force: boolean): void {
  const target = identity(out);
  if (target !== undefined && inputs.some((i) => identity(i) === target)) {
    throw new UserError(
      `输出文件就是输入文件(或指向它的链接),拒绝覆盖 --out is an input file or a link to one: ${out}`,
    );
  }
  let exists = false;
  try {
    const l = lstatSync(out);
    exists = true;
    if (!l.isSymbolicLink() && l.isDirectory()) throw new UserError(`--out 是目录 is a directory: ${out}`);
  } catch (e) {
    if (e instanceof UserError) throw e;
  }
  if (exists && statSync(out, { throwIfNoEntry: false })?.isDirectory()) {
    throw new UserError(`--out 是目录 is a directory: ${out}`);
  }
  if (exists && !force)
    throw new UserError(`输出文件已存在 ${out} already exists (use --force to overwrite)`);
}

/**
 * Writes `bytes` to a temporary file in the output's directory, flushes it, and renames it
 * over `out` (atomic on one file system). On any failure the temporary file is removed and the
 * old `out`, if any, is as it was. A link at `out` is replaced, never written through.
 */
export function writeOutput(out: string, bytes: Uint8Array): void {
  const tmp = join(
    dirname(out),
    `.${basename(out).slice(0, 64)}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`,
  );
  let fd: number | undefined;
  try {
    fd = openSync(tmp, "wx", 0o666);
    let off = 0;
    while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, out);
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(tmp);
    } catch {
      // never created
    }
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === "ENOSPC" || code === "EDQUOT"
        ? "磁盘空间不足 disk full"
        : code === "EFBIG"
          ? "超出文件大小限制 file size limit exceeded"
          : code === "EACCES" || code === "EPERM"
            ? "没有写入权限 permission denied"
            : code === "ENOENT"
              ? "目录不存在 directory not found"
              : `${code ?? String(e)}`;
    throw new UserError(`未能写入 ${out} not written (${why}); 没有留下不完整的文件 no partial file left`);
  }
}

/**
 * Inflates every entry of a zip package with a cap of what it declares (and of the package
 * limit), so a crafted package that under-declares is refused having used at most the limit.
 * Undefined when every entry inflates to no more than it says; else why, in both languages.
 */
export function overInflation(
  bytes: Uint8Array,
  limit = MAX_UNCOMPRESSED_BYTES,
): { zh: string; en: string } | undefined {
  const dir = readZipDirectory(bytes);
  if (!dir.ok) return undefined; // the loader classifies it
  let total = 0;
  for (const e of dir.entries) {
    if (e.method !== 8) continue; // stored or unknown: nothing inflates
    const p = e.offset;
    if (p + 30 > bytes.length) return undefined;
    const start = p + 30 + (bytes[p + 26] | (bytes[p + 27] << 8)) + (bytes[p + 28] | (bytes[p + 29] << 8));
    const data = bytes.subarray(start, start + e.compressedSize);
    const cap = Math.min(e.uncompressedSize, limit - total);
    try {
      total += inflateRawSync(data, { maxOutputLength: Math.max(cap, 1) }).length;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE" || err instanceof RangeError) {
        return {
          zh: `“${e.name}”解压后超过其声明的大小(${e.uncompressedSize} 字节),可能是压缩炸弹,未读取`,
          en: `'${e.name}' inflates beyond its declared ${e.uncompressedSize} bytes, possibly a zip bomb; not read`,
        };
      }
      return undefined; // corrupt data: the loader says "damaged"
    }
  }
  return undefined;
}

let stdoutClosed = false;

/**
 * A reader that stops early (`… | head`) closes our stdout: the next write fails with EPIPE.
 * From then on output is dropped and the command finishes its work (its files are complete);
 * no stack trace.
 */
export function endQuietlyOnClosedStdout(): void {
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code !== "EPIPE") throw e;
    if (stdoutClosed) return;
    stdoutClosed = true;
    process.stdout.write = (() => true) as typeof process.stdout.write;
  });
}
