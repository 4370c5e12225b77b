// Bytes → text for the CSV readers: UTF-8 (with or without its BOM) or GBK, what Chinese Excel saves as
// "CSV". Pure: the bytes are given (a string, one Uint8Array, or chunks), never a path.

/** The encodings the readers decode: UTF-8 (with or without BOM), GBK, or `auto` (decided on the whole file). */
export type Encoding = 'auto' | 'utf-8' | 'gbk';

/** What a reader may be given: text already decoded, the file's bytes, or its bytes in chunks. */
export type TextSource = string | Uint8Array | Iterable<Uint8Array>;

interface Decoder {
  decode(bytes?: Uint8Array, options?: { stream?: boolean }): string;
}
// TextDecoder is a global of every JavaScript runtime the library supports (Node ≥ 20 with full ICU,
// browsers, Deno, Bun); the core's type settings do not load the DOM or Node types that declare it.
const TextDecoderOf = (
  globalThis as unknown as {
    TextDecoder: new (label: string, options?: { fatal?: boolean }) => Decoder;
  }
).TextDecoder;

/** True when the chunks, all of them, are valid UTF-8 (or start with its BOM). */
function isUtf8(chunks: Iterable<Uint8Array>): boolean {
  const check = new TextDecoderOf('utf-8', { fatal: true });
  let first = true;
  try {
    for (const chunk of chunks) {
      if (first && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) return true;
      if (chunk.length > 0) first = false;
      check.decode(chunk, { stream: true });
    }
    check.decode();
    return true;
  } catch {
    return false;
  }
}

/**
 * A source that can be read more than once: a one-shot iterator (a generator) is held in memory; an
 * array, or an iterable whose every iteration opens the file anew, is read again.
 */
export function reReadable(source: Iterable<Uint8Array>): Iterable<Uint8Array> {
  const it = source[Symbol.iterator]();
  if ((it as unknown) !== source) {
    // a fresh iterator each time (an array, or an object that opens the file anew): nothing to hold
    let first: Iterator<Uint8Array> | null = it;
    return {
      [Symbol.iterator]: () => {
        const next = first ?? source[Symbol.iterator]();
        first = null;
        return next;
      },
    };
  }
  const held: Uint8Array[] = [];
  for (let r = it.next(); r.done !== true; r = it.next()) held.push(r.value);
  return held;
}

/**
 * The encoding of a file's bytes, decided on all of them: `utf-8` when they are valid UTF-8 (or start
 * with its BOM), otherwise `gbk` — what Chinese Excel saves as "CSV".
 */
export function detectEncoding(source: Uint8Array | Iterable<Uint8Array>): 'utf-8' | 'gbk' {
  return isUtf8(source instanceof Uint8Array ? [source] : source) ? 'utf-8' : 'gbk';
}

/** Thrown (and turned into a file problem by the readers) when the bytes are not text in the encoding. */
export class EncodingProblem extends Error {
  constructor(readonly encoding: 'utf-8' | 'gbk') {
    super(`the file is not valid ${encoding}`);
  }
}

/**
 * The text of a source, in chunks. `auto`: UTF-8 when the whole file is valid UTF-8 (or starts with its
 * BOM), otherwise GBK. The whole file decides — a GBK roster whose first thousand rows are ASCII is
 * still GBK — so chunks are read twice: give an array, or an iterable whose every iteration opens the
 * file anew, to keep memory bounded (a one-shot generator is held in memory). A leading BOM is dropped.
 *
 * @throws {EncodingProblem} when the bytes are not valid in the chosen encoding
 */
export function* decodeText(source: TextSource, encoding: Encoding = 'auto'): Generator<string> {
  if (typeof source === 'string') {
    yield source.replace(/^\uFEFF/, '');
    return;
  }
  const chunks: Iterable<Uint8Array> = source instanceof Uint8Array ? [source] : reReadable(source);
  const chosen = encoding !== 'auto' ? encoding : detectEncoding(chunks);
  const decoder = new TextDecoderOf(chosen, { fatal: true });
  let first = true;
  try {
    for (const chunk of chunks) {
      let s = decoder.decode(chunk, { stream: true });
      if (first && s.length > 0) {
        s = s.replace(/^\uFEFF/, '');
        first = false;
      }
      if (s.length > 0) yield s;
    }
    const rest = decoder.decode();
    if (rest.length > 0) yield first ? rest.replace(/^\uFEFF/, '') : rest;
  } catch (e) {
    if (e instanceof TypeError) throw new EncodingProblem(chosen);
    throw e;
  }
}
