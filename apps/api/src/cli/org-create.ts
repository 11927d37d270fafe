import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { Email, NewPassword, OrgSlug, singleLineText } from '@cairn/contracts';
import { z } from 'zod';
import { loadOwnerConfig } from '../core/config/config';
import { createPrismaClient } from '../core/database/prisma.service';
import { createOrganization } from '../tenancy/create-organization';

const USAGE = `Usage: npm run org:create -- --slug <slug> --name <name> --admin-email <email>
       [--admin-name <name>] [--admin-password <password>] [--locale en] [--time-zone UTC]
       [--case-prefix DH] [--if-absent]

Creates an organisation with its first admin. Without --admin-password a password is
generated and printed once. With --if-absent, an existing slug is not an error.
Needs DATABASE_URL (the owner's connection) and MASTER_KEY.`;

const Args = z.object({
  slug: OrgSlug,
  name: singleLineText(200, { min: 1 }),
  'admin-email': Email,
  'admin-name': singleLineText(120, { min: 1 }).default('Administrator'),
  'admin-password': NewPassword.optional(),
  locale: z
    .string()
    .regex(/^[a-z]{2}(-[A-Z]{2})?$/)
    .default('en'),
  'time-zone': z
    .string()
    .refine(
      (zone) => Intl.supportedValuesOf('timeZone').includes(zone) || zone === 'UTC',
      'unknown time zone',
    )
    .default('UTC'),
  'case-prefix': z
    .string()
    .regex(/^[A-Z]{2,6}$/, 'two to six capital letters')
    .optional(),
  'if-absent': z.boolean().default(false),
});

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      slug: { type: 'string' },
      name: { type: 'string' },
      'admin-email': { type: 'string' },
      'admin-name': { type: 'string' },
      'admin-password': { type: 'string' },
      locale: { type: 'string' },
      'time-zone': { type: 'string' },
      'case-prefix': { type: 'string' },
      'if-absent': { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const parsed = Args.safeParse(values);
  if (!parsed.success) {
    const lines = parsed.error.issues.map(
      (issue) => `  --${issue.path.join('.')}: ${issue.message}`,
    );
    throw new Error(`${lines.join('\n')}\n\n${USAGE}`);
  }
  const args = parsed.data;
  const env = loadOwnerConfig();
  if (!env.MASTER_KEY) throw new Error('MASTER_KEY is required to create an organisation');
  const owner = createPrismaClient(env.DATABASE_URL);
  try {
    if (await owner.organization.findUnique({ where: { slug: args.slug } })) {
      if (args['if-absent']) return;
      throw new Error(`An organisation with slug "${args.slug}" exists already`);
    }
    const password = args['admin-password'] ?? randomBytes(15).toString('base64url');
    const created = await createOrganization(owner, Buffer.from(env.MASTER_KEY, 'base64'), {
      slug: args.slug,
      name: args.name,
      defaultLocale: args.locale,
      timeZone: args['time-zone'],
      adminEmail: args['admin-email'],
      adminName: args['admin-name'],
      adminPassword: password,
      casePrefix: args['case-prefix'],
    });
    console.log(`Created organisation "${args.name}" (${args.slug}).`);
    if (!created.adminCreated) {
      console.log(`Admin: ${args['admin-email']} (existing account, password unchanged)`);
    } else if (args['admin-password']) {
      console.log(`Admin: ${args['admin-email']} (password as given)`);
    } else {
      console.log(
        `Admin: ${args['admin-email']}\nPassword (shown once, store it now): ${password}`,
      );
    }
  } finally {
    await owner.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
