#!/usr/bin/env node
import { runCheck } from './run-check';

// `npm run -w` starts scripts in the package folder; INIT_CWD is where the user typed the
// command, so a relative folder argument and the printed paths mean what they expect.
const cwd = process.env.INIT_CWD ?? process.cwd();

void runCheck(process.argv.slice(2), { out: console.log, err: console.error }, cwd).then((code) => {
  process.exitCode = code;
});
