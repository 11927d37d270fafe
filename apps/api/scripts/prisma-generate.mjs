// Generates the Prisma client from prisma/schema.prisma.
//
// `prisma generate` needs no schema engine (it uses the WebAssembly build), but the CLI
// checks for the engine binary at start and would try to download it, which this project
// never does: pointing the variable at any existing file satisfies that check. Migrations
// are applied by our own runner (src/cli/migrate.ts), so the engine is never used.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const result = spawnSync(
  process.execPath,
  [
    path.join(root, 'node_modules/prisma/build/index.js'),
    'generate',
    '--schema',
    'prisma/schema.prisma',
  ],
  {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...process.env,
      PRISMA_SCHEMA_ENGINE_BINARY: process.execPath,
      PRISMA_HIDE_UPDATE_MESSAGE: '1',
      CHECKPOINT_DISABLE: '1',
    },
  },
);
process.exit(result.status ?? 1);
