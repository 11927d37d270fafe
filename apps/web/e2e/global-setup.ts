import { startStack } from './support/stack';
import { STACK_ENV } from './support/stack-info';

/** One stack for the whole run; specs find it through the environment. */
export default async function globalSetup(): Promise<void> {
  const stack = await startStack();
  globalThis.cairnE2eStack = stack;
  process.env[STACK_ENV.webUrl] = stack.webUrl;
  process.env[STACK_ENV.apiUrl] = stack.apiUrl;
  process.env[STACK_ENV.mailUrl] = stack.mailUrl;
  process.env[STACK_ENV.password] = stack.password;
  process.env[STACK_ENV.inboundPort] = String(stack.inboundPort);
  process.env[STACK_ENV.redisUrl] = stack.redisUrl;
  process.env[STACK_ENV.redisPrefix] = stack.redisPrefix;
  process.env[STACK_ENV.databaseUrl] = stack.databaseUrl;
}
