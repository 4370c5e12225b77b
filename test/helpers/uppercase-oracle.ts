// An independent writer of 人民币大写 for tests: write every digit with its place unit, then reduce
// by text rules (零拾 → 零, 零零 → 零, 亿零万 → 亿零, 零万 → 万, 亿万 → 亿, no trailing 零). It shares no code and no
// structure with the library's writer, so the two agreeing on every amount is evidence for both.
const DIGITS = '零壹贰叁肆伍陆柒捌玖';
// Units by power of ten, 10^0 … 10^13 (万亿 is 万 of the 亿 block).
const UNITS = ['', '拾', '佰', '仟', '万', '拾', '佰', '仟', '亿', '拾', '佰', '仟', '万', '拾'];

function integerText(n: bigint): string {
  const digits = n.toString();
  let full = '';
  for (let i = 0; i < digits.length; i++)
    full += `${DIGITS.charAt(Number(digits[i]))}${UNITS[digits.length - 1 - i] ?? '?'}`;
  let t = full;
  t = t.replace(/零[拾佰仟]/g, '零');
  t = t.replace(/零+/g, '零');
  t = t.replace(/亿零万/g, '亿零'); // an empty 万 section inside the 亿 block leaves one 零 (伍亿零伍仟)
  t = t.replace(/零+/g, '零');
  t = t.replace(/零([万亿])/g, '$1');
  t = t.replace(/亿万/g, '亿');
  t = t.replace(/零$/, '');
  return t;
}

export function uppercaseOracle(fen: bigint): string {
  const yuan = fen / 100n;
  const jiao = Number((fen / 10n) % 10n);
  const cents = Number(fen % 10n);
  if (fen === 0n) return '零元整';
  let out = yuan > 0n ? `${integerText(yuan)}元` : '';
  if (jiao > 0) out += `${yuan > 0n && yuan % 10n === 0n ? '零' : ''}${DIGITS.charAt(jiao)}角`;
  else if (cents > 0 && yuan > 0n) out += '零';
  return cents > 0 ? `${out}${DIGITS.charAt(cents)}分` : `${out}整`;
}
