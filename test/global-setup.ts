// The CLI end-to-end tests run the built CLI (dist/cli.js), not the source: build it first when it is
// missing or older than the source.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newest(dir: string): number {
  return readdirSync(dir).reduce((m, name) => {
    const p = join(dir, name);
    const s = statSync(p);
    return Math.max(m, s.isDirectory() ? newest(p) : s.mtimeMs);
  }, 0);
}

export default function setup(): void {
  const cli = 'dist/cli.js';
  if (!existsSync(cli) || statSync(cli).mtimeMs < newest('src')) {
    execSync('npm run build --silent', { stdio: ['ignore', 'ignore', 'inherit'] });
  }
}
