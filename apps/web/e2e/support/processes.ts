import { connect } from 'node:net';
import { spawn, type ChildProcess } from 'node:child_process';

export interface RunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
}

/** Keeps the tail of a child's output, to explain a failure without flooding the test log. */
function captureOutput(child: ChildProcess): () => string {
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return () => output;
}

/** Runs a command to completion, failing with its output when it exits non-zero. */
export function run(command: string, args: string[], options: RunOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    const output = captureOutput(child);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolve();
      else
        reject(
          new Error(`${[command, ...args].join(' ')} exited with ${code ?? signal}:\n${output()}`),
        );
    });
  });
}

export interface Service {
  name: string;
  child: ChildProcess;
  output: () => string;
}

/**
 * Starts a long-running server. It stays in this process group, so that interrupting the
 * test run from a terminal stops it too.
 */
export function startService(
  name: string,
  command: string,
  args: string[],
  options: RunOptions,
): Service {
  const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
  return { name, child, output: captureOutput(child) };
}

/** Polls `url` until it answers 200, or fails with the service's output. */
export async function waitForHttp(
  service: Service,
  url: string,
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (service.child.exitCode !== null) {
      throw new Error(
        `${service.name} exited with ${service.child.exitCode}:\n${service.output()}`,
      );
    }
    try {
      const response = await fetch(url);
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(
    `${service.name} did not answer 200 at ${url} within ${timeoutMs} ms:\n${service.output()}`,
  );
}

/** Stops a service and waits for it to go; SIGKILL if it lingers. */
export async function stopService({ child }: Service): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

/** Waits until something accepts TCP connections on a loopback port, or fails with the service's output. */
export async function waitForPort(
  service: Service,
  port: number,
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (service.child.exitCode !== null) {
      throw new Error(
        `${service.name} exited with ${service.child.exitCode}:\n${service.output()}`,
      );
    }
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect({ host: '127.0.0.1', port });
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(
    `${service.name} did not listen on ${port} within ${timeoutMs} ms:\n${service.output()}`,
  );
}
