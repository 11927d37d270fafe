/**
 * Runs once as the server starts: a server with a bad environment (in production, no https
 * NEXTAUTH_URL; anywhere, a short secret) stops here with the reason, before it serves
 * anyone. Next only reports an error thrown here and serves on, so this exits itself.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { serverEnv } = await import('./config/env');
  try {
    serverEnv();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
