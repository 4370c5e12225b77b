// Reading files and standard input for the CLI, synchronously and in chunks, so a roster of any size
// streams through the library's iterables in bounded memory.
import { closeSync, openSync, readSync } from 'node:fs';

const CHUNK = 1 << 16;

/** The encodings the CLI reads: UTF-8 (with or without BOM) and GBK (Chinese Excel exports). */
export type Encoding = 'utf-8' | 'gbk' | 'auto';

/** Raw byte chunks of a file, or of standard input for `-`. */
export function* chunks(path: string): Generator<Uint8Array> {
  const fd = path === '-' ? 0 : openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(CHUNK);
    for (;;) {
      let n: number;
      try {
        n = readSync(fd, buffer, 0, CHUNK, null);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue;
        if ((e as NodeJS.ErrnoException).code === 'EOF') break;
        throw e;
      }
      if (n === 0) break;
      yield Uint8Array.from(buffer.subarray(0, n));
    }
  } finally {
    if (fd !== 0) closeSync(fd);
  }
}

/** Whether these bytes, all of them, are valid UTF-8 (or start with its BOM). */
function isUtf8(all: Iterable<Uint8Array>): boolean {
  const check = new TextDecoder('utf-8', { fatal: true });
  let first = true;
  try {
    for (const chunk of all) {
      if (first && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) return true;
      first = false;
      check.decode(chunk, { stream: true });
    }
    check.decode();
    return true;
  } catch {
    return false;
  }
}

/**
 * Decoded text of a file, chunk by chunk. `auto`: UTF-8 when the whole file is valid UTF-8 (or starts
 * with its BOM), otherwise GBK (what Chinese Excel saves as "CSV"). The whole file decides — a GBK
 * roster whose first rows are ASCII is still GBK — so a file is read twice (memory stays bounded) and
 * standard input is held in memory.
 */
export function* text(path: string, encoding: Encoding): Generator<string> {
  let source: Iterable<Uint8Array> = chunks(path);
  let chosen: 'utf-8' | 'gbk';
  if (encoding !== 'auto') chosen = encoding;
  else if (path === '-') {
    const held = [...source];
    source = held;
    chosen = isUtf8(held) ? 'utf-8' : 'gbk';
  } else chosen = isUtf8(chunks(path)) ? 'utf-8' : 'gbk';
  const decoder = new TextDecoder(chosen, { fatal: true });
  for (const chunk of source) {
    const s = decoder.decode(chunk, { stream: true });
    if (s.length > 0) yield s;
  }
  const rest = decoder.decode();
  if (rest.length > 0) yield rest;
}

/** The whole of a (small) file as text. */
export function readAll(path: string, encoding: Encoding = 'auto'): string {
  let out = '';
  for (const s of text(path, encoding)) out += s;
  return out.replace(/^\uFEFF/, '');
}
