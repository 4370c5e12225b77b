import { checkPreventionLedger, type LedgerEntry, type Profile } from '../../src/index.js';

// The ledger fixture the prevention tests share: one policy P1 (¥19,800.00 collected in 2026), entries
// of ¥1 of training, and the check on 2026-12-31.

export const P1 = {
  policy: 'P1',
  collected: '19800.00',
  period: { from: '2026-01-01', to: '2026-12-31' },
};
export const entry = (i: number, extra: Partial<LedgerEntry> = {}): LedgerEntry => ({
  id: `E${i}`,
  date: '2026-03-01',
  amount: '1',
  category: 'training',
  policy: 'P1',
  ...extra,
});
export const ledger = (entries: Iterable<unknown>, jurisdiction: Profile | 'anhui' = 'anhui') =>
  checkPreventionLedger({ jurisdiction, asOf: '2026-12-31', policies: [P1], entries });
