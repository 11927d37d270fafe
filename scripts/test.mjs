// `npm test`: formatting, lint, typecheck, every package's tests (each creates its own
// throw-away databases), the browser tests, and the content check; then one closing line
// with the totals of every jest run.
import { spawn } from 'node:child_process';

const env = {
  ...process.env,
  TURBO_TELEMETRY_DISABLED: '1',
  NEXT_TELEMETRY_DISABLED: '1',
  FORCE_COLOR: '0',
};
let passed = 0;
let failed = 0;

function step(command, args) {
  return new Promise((resolve) => {
    console.log(`\n$ ${command} ${args.join(' ')}`);
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.on('data', (chunk) => {
      const text = chunk.toString();
      process.stdout.write(text);
      for (const match of text.matchAll(
        /Tests:\s+(?:(\d+) failed, )?(?:\d+ skipped, )?(?:\d+ todo, )?(\d+) passed, \d+ total/g,
      )) {
        failed += Number(match[1] ?? 0);
        passed += Number(match[2]);
      }
      for (const match of text.matchAll(/Tests:\s+(\d+) failed, (?:\d+ skipped, )?\d+ total/g)) {
        failed += Number(match[1]);
      }
    });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

const steps = [
  ['npx', ['prettier', '--check', '.']],
  ['npx', ['turbo', 'run', 'build', '--env-mode=loose', '--output-logs=errors-only']],
  ['npx', ['turbo', 'run', 'lint', 'typecheck', '--env-mode=loose', '--output-logs=errors-only']],
  ['npx', ['turbo', 'run', 'test', '--env-mode=loose', '--concurrency=1']],
  ['npx', ['turbo', 'run', 'test:e2e', '--env-mode=loose', '--concurrency=1']],
  ['npm', ['run', 'content:check']],
];

let exitCode = 0;
for (const [command, args] of steps) {
  const code = await step(command, args);
  if (code !== 0) {
    console.error(`\nFAILED: ${command} ${args.join(' ')} (exit ${code})`);
    exitCode = code;
    break;
  }
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(exitCode !== 0 ? exitCode : failed > 0 ? 1 : 0);
