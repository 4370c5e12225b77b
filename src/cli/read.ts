// Reading files and standard input for the CLI, synchronously and in chunks. Decoding (UTF-8 or GBK,
// decided on the whole file) is the library's: `decodeText` of anzexian/io.
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { decodeText, type Encoding } from '../io/index.js';

export type { Encoding } from '../io/index.js';

const CHUNK = 1 << 16;

/** Raw byte chunks of a file, or of standard input for `-`. */
export function* chunks(path: string): Generator<Uint8Array> {
  const fd = path === '-' ? 0 : openSync(path, 'r');
  try {
    for (;;) {
      // a fresh buffer for each chunk, yielded as it is read (never copied)
      const buffer = Buffer.allocUnsafe(CHUNK);
      let n: number;
      try {
        n = readSync(fd, buffer, 0, CHUNK, null);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue;
        if ((e as NodeJS.ErrnoException).code === 'EOF') break;
        throw e;
      }
      if (n === 0) break;
      yield buffer.subarray(0, n);
    }
  } finally {
    if (fd !== 0) closeSync(fd);
  }
}

/**
 * The bytes of a file as chunks that can be read more than once (each reading opens the file anew), so
 * the library can decide the encoding on the whole file in bounded memory; standard input is read once
 * and held.
 */
export function source(path: string): Iterable<Uint8Array> {
  if (path === '-') return [...chunks('-')];
  return { [Symbol.iterator]: () => chunks(path) };
}

/** The whole of a file as bytes (standard input for `-`). */
export function bytes(path: string): Uint8Array {
  if (path === '-') return Buffer.concat([...chunks('-')]);
  return readFileSync(path);
}

/** Decoded text of a file, chunk by chunk (see `decodeText`). */
export function text(path: string, encoding: Encoding): Iterable<string> {
  return decodeText(source(path), encoding);
}

/** The whole of a (small) file as text. */
export function readAll(path: string, encoding: Encoding = 'auto'): string {
  let out = '';
  for (const s of text(path, encoding)) out += s;
  return out;
}
