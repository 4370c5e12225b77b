import { parseCny, type CnyInput } from './parse-cny.js';

const DIGIT = '零壹贰叁肆伍陆柒捌玖';
const PLACE = '仟佰拾';

const digit = (n: number): string => DIGIT.charAt(n);

/** 1–9999, with one 零 for any run of inner zeros (壹仟零伍, 壹仟零伍拾). */
function fourDigits(n: number): string {
  const text = String(n).padStart(4, '0');
  let out = '';
  let zero = false;
  for (let k = 0; k < 4; k++) {
    const d = Number(text[k]);
    if (d === 0) {
      zero = out !== '';
    } else {
      out += (zero ? '零' : '') + digit(d) + PLACE.charAt(k);
      zero = false;
    }
  }
  return out;
}

/** A section boundary (万, 亿): the lower part gets a 零 when its own leading place is empty. */
function joinSections(
  high: string,
  unit: string,
  low: bigint,
  lowWidth: bigint,
  writeLow: (n: bigint) => string,
): string {
  if (low === 0n) return high + unit;
  return high + unit + (low < lowWidth / 10n ? '零' : '') + writeLow(low);
}

function belowYi(n: bigint): string {
  if (n < 10_000n) return fourDigits(Number(n));
  return joinSections(fourDigits(Number(n / 10_000n)), '万', n % 10_000n, 10_000n, (x) =>
    fourDigits(Number(x)),
  );
}

function integerPart(n: bigint): string {
  if (n < 100_000_000n) return belowYi(n);
  return joinSections(belowYi(n / 100_000_000n), '亿', n % 100_000_000n, 100_000_000n, belowYi);
}

/**
 * Writes an amount in Chinese financial uppercase, 人民币大写 (MONEY-07), for amounts from 0 up to
 * 10^13 yuan, as the rules for filling in financial documents require:
 * - one 零 for any run of zeros inside a section (¥6,007.14 → 陆仟零柒元壹角肆分);
 * - a section (万, 亿) whose highest place is empty gets a 零 (¥100,005 → 壹拾万零伍元), but an empty
 *   万位 before a full 千位 writes none (¥107,000.53 → 壹拾万柒仟元零伍角叁分, the first form the rules give);
 * - 元 followed by 零 when the 元 digit is 0 and 角 is not (¥1,680.32 → 壹仟陆佰捌拾元零叁角贰分), and
 *   when 角 is 0 and 分 is not (¥325.04 → 叁佰贰拾伍元零肆分);
 * - 整 after 元 or 角 when there is no 分; none after 分;
 * - 拾 always with its digit (壹拾元整), as financial documents require to prevent alteration;
 * - below one yuan no 元 is written (¥0.50 → 伍角整); zero is 零元整.
 * No "人民币" prefix is added.
 *
 * @throws {ValidationError} for a bad amount, a negative amount, or one above 10^13 yuan
 * @example
 * toChineseUppercase('19800') //=> '壹万玖仟捌佰元整'
 * toChineseUppercase('16409.02') //=> '壹万陆仟肆佰零玖元零贰分'
 */
export function toChineseUppercase(value: CnyInput): string {
  const { amount } = parseCny(value, { maxYuan: '10000000000000' });
  const [intText = '0', frac = '00'] = amount.split('.');
  const yuan = BigInt(intText);
  const jiao = Number(frac[0]);
  const fen = Number(frac[1]);

  if (yuan === 0n && jiao === 0 && fen === 0) return '零元整';
  let out = '';
  if (yuan > 0n) out = `${integerPart(yuan)}元`;
  if (jiao > 0) {
    // The 元 digit is 0 and 角 is not: write 零 (¥1,680.32 → …捌拾元零叁角…).
    if (yuan > 0n && yuan % 10n === 0n) out += '零';
    out += `${digit(jiao)}角`;
  } else if (fen > 0 && yuan > 0n) {
    out += '零'; // 角 is 0 and 分 is not: 元 is followed by 零 (¥325.04 → 叁佰贰拾伍元零肆分).
  }
  if (fen > 0) return `${out}${digit(fen)}分`;
  return `${out}整`;
}
