// Child processes of `npm start`: labelled output, and a clean stop of all of them.
import { spawn } from 'node:child_process';
import net from 'node:net';

const children = new Set();

export function run(label, command, args, env, { quiet = false } = {}) {
  // Each child leads its own process group, so stopping it also stops what it started
  // (npm starts a shell that starts Next's server).
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  children.add(child);
  const prefix = `[${label}]`.padEnd(9);
  for (const stream of [child.stdout, child.stderr]) {
    let buffered = '';
    stream.on('data', (chunk) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      if (!quiet) for (const line of lines) console.log(`${prefix} ${line}`);
    });
  }
  child.on('exit', () => children.delete(child));
  return child;
}

/** Runs a command to completion, failing with its output when it fails. */
export function runToEnd(label, command, args, env) {
  return new Promise((resolve, reject) => {
    const child = run(label, command, args, env);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${label} exited with ${code}`)),
    );
  });
}

function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

export async function stopAll() {
  const exits = [...children].map(
    (child) =>
      new Promise((resolve) => {
        child.once('exit', resolve);
        signalGroup(child, 'SIGTERM');
        setTimeout(() => signalGroup(child, 'SIGKILL'), 10_000).unref();
      }),
  );
  await Promise.all(exits);
}

export function portIsFree(port, host = '127.0.0.1') {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

export async function freePortFrom(start) {
  for (let port = start; port < start + 100; port += 1) {
    if (await portIsFree(port)) return port;
  }
  throw new Error(`No free port between ${start} and ${start + 99}`);
}

export async function waitForHttp(url, timeoutMs, isAlive = () => true) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive()) return false;
    try {
      const response = await fetch(url);
      if (response.ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return false;
}
