// The API's `npm start`: runs dist/main.js with the runtime settings every other way of
// running it uses (scripts/lib/api-runtime.mjs), so they are written down once. Signals go
// on to the API, and its exit is this process's.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { API_NODE_ARGS, apiEnv } from '../../../scripts/lib/api-runtime.mjs';

const main = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const api = spawn(process.execPath, [...API_NODE_ARGS, main, ...process.argv.slice(2)], {
  env: apiEnv(process.env),
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => api.kill(signal));
}
api.on('exit', (code, signal) => {
  if (signal) process.kill(process.pid, signal);
  else process.exit(code ?? 1);
});
