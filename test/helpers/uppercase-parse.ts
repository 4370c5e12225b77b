// Reads 人民币大写 back to fen. A test-only inverse, written independently of the library's writer,
// to prove the writer is injective and exact (MONEY-07).
const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const PLACES: Record<string, bigint> = { 拾: 10n, 佰: 100n, 仟: 1000n };

function section(text: string): bigint {
  let total = 0n;
  let pending = 0n;
  for (const ch of text) {
    const d = DIGITS.indexOf(ch);
    if (d > 0) pending = BigInt(d);
    else if (d === 0) continue;
    else if (ch in PLACES) {
      total += pending * (PLACES[ch] ?? 0n);
      pending = 0n;
    } else throw new Error(`unexpected ${ch} in ${text}`);
  }
  return total + pending;
}

function belowYi(text: string): bigint {
  const i = text.indexOf('万');
  return i < 0 ? section(text) : section(text.slice(0, i)) * 10_000n + section(text.slice(i + 1));
}

function integer(text: string): bigint {
  const i = text.lastIndexOf('亿');
  return i < 0
    ? belowYi(text)
    : belowYi(text.slice(0, i)) * 100_000_000n + belowYi(text.slice(i + 1));
}

export function parseUppercase(text: string): bigint {
  if (text === '零元整') return 0n;
  const body = text.endsWith('整') ? text.slice(0, -1) : text;
  const y = body.indexOf('元');
  const yuan = y < 0 ? 0n : integer(body.slice(0, y));
  const rest = y < 0 ? body : body.slice(y + 1);
  const m = /^零?(?:([壹贰叁肆伍陆柒捌玖])角)?零?(?:([壹贰叁肆伍陆柒捌玖])分)?$/.exec(rest);
  if (!m) throw new Error(`bad fraction in ${text}`);
  const jiao = m[1] ? BigInt(DIGITS.indexOf(m[1])) : 0n;
  const fen = m[2] ? BigInt(DIGITS.indexOf(m[2])) : 0n;
  return yuan * 100n + jiao * 10n + fen;
}
