import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { overall, type Criterion, type Status } from '../src/verdict/verdict.js';

const c = (status: Status): Criterion => ({
  ruleId: 'AH-INS-03',
  citation: { document: '建质规〔2025〕6号', section: '一(三)3' },
  status,
  reason: { zh: '—', en: '—' },
  factsUsed: [],
  factsMissing: [],
});

describe('the verdict model', () => {
  it('fail if any criterion fails, else unknown if any is unknown, else pass; nothing shown is unknown', () => {
    expect(overall([])).toBe('unknown');
    expect(overall([c('pass')])).toBe('pass');
    expect(overall([c('pass'), c('unknown')])).toBe('unknown');
    expect(overall([c('unknown'), c('fail'), c('pass')])).toBe('fail');
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom<Status>('pass', 'fail', 'unknown'), {
          minLength: 1,
          maxLength: 20,
        }),
        (xs) => {
          const expected = xs.includes('fail')
            ? 'fail'
            : xs.includes('unknown')
              ? 'unknown'
              : 'pass';
          expect(overall(xs.map(c))).toBe(expected);
        },
      ),
    );
  });
});
