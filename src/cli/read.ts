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

/**
 * Decoded text of a file, chunk by chunk. `auto`: a UTF-8 BOM or valid UTF-8 in the first chunk means
 * UTF-8; otherwise GBK (what Chinese Excel saves as "CSV").
 */
export function* text(path: string, encoding: Encoding): Generator<string> {
  let decoder: InstanceType<typeof TextDecoder> | null =
    encoding === 'auto' ? null : new TextDecoder(encoding, { fatal: true });
  for (const chunk of chunks(path)) {
    if (decoder === null) {
      const bom = chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf;
      let utf8 = bom;
      if (!bom) {
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(chunk, { stream: true });
          utf8 = true;
        } catch {
          utf8 = false;
        }
      }
      decoder = new TextDecoder(utf8 ? 'utf-8' : 'gbk', { fatal: true });
    }
    const s = decoder.decode(chunk, { stream: true });
    if (s.length > 0) yield s;
  }
  if (decoder !== null) {
    const rest = decoder.decode();
    if (rest.length > 0) yield rest;
  }
}

/** The whole of a (small) file as text. */
export function readAll(path: string, encoding: Encoding = 'auto'): string {
  let out = '';
  for (const s of text(path, encoding)) out += s;
  return out.replace(/^\uFEFF/, '');
}
