// The time-zone sweep (TIME-02): runs test/tz/sweep-child.ts under several TZ values, including zones
// that skipped a calendar day (Pacific/Kiritimati 1994-12-31, Pacific/Apia 2011-12-30) and
// half-hour and 45-minute offsets, and compares each output with the UTC one byte for byte.
// Usage: npx tsx scripts/tz-sweep.ts            (exit code 1 and the first differing lines on failure)
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const ZONES = [
  'UTC',
  'Pacific/Kiritimati',
  'Pacific/Apia',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Australia/Eucla',
  'America/St_Johns',
  'Asia/Shanghai',
  'America/Sao_Paulo',
  'Pacific/Chatham',
  'America/Los_Angeles',
];
const child = fileURLToPath(new URL('../test/tz/sweep-child.ts', import.meta.url));

async function outputIn(zone: string): Promise<string> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', child], {
    env: { ...process.env, TZ: zone },
    maxBuffer: 256 * 1024 * 1024,
  });
  return stdout;
}

const started = Date.now();
const outputs: string[] = [];
// Two at a time: CI machines have few cores.
for (let i = 0; i < ZONES.length; i += 2)
  outputs.push(...(await Promise.all(ZONES.slice(i, i + 2).map(outputIn))));
const reference = outputs[0] ?? '';
let failed = false;
ZONES.forEach((zone, i) => {
  const text = outputs[i] ?? '';
  if (text === reference) return;
  failed = true;
  const a = reference.split('\n');
  const b = text.split('\n');
  const diff = b.flatMap((line, k) => (line === a[k] ? [] : [k]));
  console.error(`${zone}: ${diff.length} of ${a.length} lines differ from UTC, e.g.`);
  for (const k of diff.slice(0, 5))
    console.error(`  UTC: ${(a[k] ?? '').slice(0, 300)}\n  ${zone}: ${(b[k] ?? '').slice(0, 300)}`);
});
const lineCount = reference.split('\n').length - 1;
if (reference.includes('\tcrash ')) {
  failed = true;
  console.error('a call crashed with an error that is not an AnzexianError');
}
console.log(
  `${failed ? 'FAILED' : 'ok'}: ${lineCount} outputs in ${ZONES.length} time zones (${((Date.now() - started) / 1000).toFixed(1)} s)`,
);
process.exit(failed ? 1 : 0);
