#!/usr/bin/env node
// The `anzexian` executable. Help and version requests are answered from the help texts alone; every
// other command loads the command line and the library (src/cli/main.ts) first. `anzexian --help`
// so starts in about the time Node itself takes (issue 21, item 4), and prints what it always did.
import { quickAnswer } from './help.js';

const answer = quickAnswer(process.argv.slice(2));
if (answer === null) {
  await import('./main.js');
} else {
  // `anzexian --help | head -1`: the reader went away; that is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  process.stdout.write(answer);
}
