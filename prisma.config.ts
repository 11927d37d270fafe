import { defineConfig } from 'prisma/config';

// Used by `prisma generate` only; see apps/api/scripts/prisma-generate.mjs.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
