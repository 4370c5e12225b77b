import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toChineseUppercase, ValidationError } from '../../src/index.js';
import { fenToText, RUNS } from '../helpers/arbitraries.js';
import { parseUppercase } from '../helpers/uppercase-parse.js';
import { uppercaseOracle } from '../helpers/uppercase-oracle.js';

describe('toChineseUppercase', () => {
  // Examples of the rules for filling in financial documents (正确填写票据和结算凭证的基本规定), and RULES.md.
  it.each([
    ['19800', '壹万玖仟捌佰元整'],
    ['1409.50', '壹仟肆佰零玖元伍角整'],
    ['6007.14', '陆仟零柒元壹角肆分'],
    ['1680.32', '壹仟陆佰捌拾元零叁角贰分'],
    ['107000.53', '壹拾万柒仟元零伍角叁分'],
    ['16409.02', '壹万陆仟肆佰零玖元零贰分'],
    ['325.04', '叁佰贰拾伍元零肆分'],
  ])('MONEY-07 writes the documented example %s as %s', (input, expected) => {
    expect(toChineseUppercase(input)).toBe(expected);
  });

  it.each([
    ['0', '零元整'],
    ['0.05', '伍分'],
    ['0.50', '伍角整'],
    ['0.55', '伍角伍分'],
    ['0.005万', '伍拾元整'],
    ['1', '壹元整'],
    ['10', '壹拾元整'],
    ['10.50', '壹拾元零伍角整'],
    ['15', '壹拾伍元整'],
    ['110', '壹佰壹拾元整'],
    ['1001', '壹仟零壹元整'],
    ['100005', '壹拾万零伍元整'],
    ['500005000', '伍亿零伍仟元整'],
    ['1000000.05', '壹佰万元零伍分'],
    ['100000000.00', '壹亿元整'],
    ['100000001', '壹亿零壹元整'],
    ['100010000', '壹亿零壹万元整'],
    ['1000100000000', '壹万零壹亿元整'],
    ['1234567890123.45', '壹万贰仟叁佰肆拾伍亿陆仟柒佰捌拾玖万零壹佰贰拾叁元肆角伍分'],
    ['10000000000000', '壹拾万亿元整'],
  ])('MONEY-07 writes %s as %s', (input, expected) => {
    expect(toChineseUppercase(input)).toBe(expected);
  });

  it('MONEY-07 refuses negatives and amounts above 10^13 yuan', () => {
    expect(() => toChineseUppercase('10000000000000.01')).toThrow(ValidationError);
    expect(() => toChineseUppercase('-1')).toThrow(ValidationError);
  });

  it('MONEY-07 reads back to the same amount (so it is injective), for every amount up to 10^13', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), (fen) => {
        expect(parseUppercase(toChineseUppercase(fenToText(fen)))).toBe(fen);
      }),
      RUNS,
    );
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 15n }),
        fc.bigInt({ min: 0n, max: 10n ** 15n }),
        (a, b) => {
          fc.pre(a !== b);
          expect(toChineseUppercase(fenToText(a))).not.toBe(toChineseUppercase(fenToText(b)));
        },
      ),
      RUNS,
    );
  });

  it('MONEY-07 agrees with an independent writer (full form reduced by text rules) on every amount', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), (fen) => {
        expect(toChineseUppercase(fenToText(fen))).toBe(uppercaseOracle(fen));
      }),
      RUNS,
    );
    // and on amounts made mostly of zeros, where the 零 rules bite
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(0, 0, 0, 1, 5), { minLength: 1, maxLength: 15 }),
        (ds) => {
          const fen = BigInt(ds.join('')) % (10n ** 15n + 1n);
          expect(toChineseUppercase(fenToText(fen))).toBe(uppercaseOracle(fen));
        },
      ),
      RUNS,
    );
  });

  it('MONEY-07 never writes two 零 in a row, nor 零 before 元/万/亿 or at the end', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), (fen) => {
        const text = toChineseUppercase(fenToText(fen));
        if (fen === 0n) return; // 零元整 is the one text that starts with 零
        expect(text).not.toMatch(/零零|零[元万亿整]|零$|^零/);
      }),
      RUNS,
    );
  });
});
