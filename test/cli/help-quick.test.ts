import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HELP, quickAnswer, VERSION } from '../../src/cli/help.js';

// Issue 21 (cold start): `anzexian --help` and `--version` are answered by the entry (dist/cli.js)
// without loading the commands or the library. The answer must be exactly what the full command line
// (src/cli/main.ts, built as dist/cli/main-*.js) prints for the same arguments, with the same exit code.
const main = readdirSync('dist/cli').find((f) => f.startsWith('main-'));
const spawn = (file: string, args: readonly string[]) => {
  const r = spawnSync(process.execPath, [file, ...args], {
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

const QUICK: readonly (readonly string[])[] = [
  ['--help'],
  ['-h'],
  ['--version'],
  ['-v'],
  ['help'],
  ['help', 'quote'],
  ['coverage', '--help'],
  ['report', '-h'],
  ['--help', 'ledger'],
];
const FULL: readonly (readonly string[])[] = [
  [],
  ['help', 'nothing'],
  ['nothing', '--help'],
  ['--version', 'quote'],
  ['quote', '--help', '--bogus'],
  ['--help=1'],
  ['-', '--help'],
];

describe('the quick help of the command line', { timeout: 120_000 }, () => {
  it('TIME-01 the quick answers are the help texts and the version, and nothing else is answered quickly', () => {
    expect(quickAnswer(['--version'])).toBe(`${VERSION}\n`);
    expect(quickAnswer(['--help'])).toBe(`${HELP['main'] ?? ''}\n`);
    expect(quickAnswer(['help', 'quote'])).toBe(`${HELP['quote'] ?? ''}\n`);
    expect(quickAnswer(['budget', '-h'])).toBe(`${HELP['budget'] ?? ''}\n`);
    for (const args of QUICK) expect(quickAnswer(args)).not.toBeNull();
    for (const args of FULL) expect(quickAnswer(args)).toBeNull();
  });

  it('TIME-01 dist/cli.js prints exactly what the full command line prints, with the same exit code', () => {
    expect(main).toBeDefined();
    for (const args of [...QUICK, ...FULL]) {
      const quick = spawn('dist/cli.js', args);
      const full = spawn(`dist/cli/${main ?? ''}`, args);
      expect({ args, ...quick }).toEqual({ args, ...full });
    }
    expect(spawn('dist/cli.js', ['--help']).out).toContain('Usage: anzexian <command>');
  });
});
