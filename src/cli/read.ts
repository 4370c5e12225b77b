// Reading files and standard input for the CLI, synchronously and in chunks. Decoding (UTF-8 or GBK,
// decided on the whole file) is the library's: `decodeText` of anzexian/io.
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { decodeText, type Encoding, type RandomAccessSource } from '../io/index.js';

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

/**
 * A file opened to be read piece by piece (an .xlsx workbook streamed without holding its bytes) and
 * a way to close it; the caller closes it once the reading is done (try/finally).
 */
export function randomAccess(path: string): {
  source: RandomAccessSource;
  close: () => void;
} {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const read = (position: number, length: number): Uint8Array => {
      const buffer = Buffer.allocUnsafe(length);
      let done = 0;
      while (done < length) {
        const n = readSync(fd, buffer, done, length - done, position + done);
        if (n === 0) break; // the file got shorter since: the reader refuses the short read
        done += n;
      }
      return buffer.subarray(0, done);
    };
    return {
      source: { size, read },
      close: () => {
        closeSync(fd);
      },
    };
  } catch (e) {
    closeSync(fd);
    throw e;
  }
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
