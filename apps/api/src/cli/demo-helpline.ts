import { HelplineFields } from '@cairn/contracts';
import { loadOwnerConfig } from '../core/config/config';
import { createPrismaClient } from '../core/database/prisma.service';

/**
 * The demo organisation's own helpline, so that `npm start` shows its guide routing a
 * reader to help. Written once: an organisation that has any helpline keeps what it has.
 * Fictional contact details (reserved `.test` domain, no real number).
 */
const DEMO_HELPLINE = HelplineFields.parse({
  name: 'Demo Helpline',
  description:
    'Listens, helps you keep records and report, and asks platforms to remove what was shared without consent.',
  languages: ['en', 'fr'],
  services: ['harassment', 'doxxing', 'sextortion', 'intimate-images', 'impersonation', 'takedown'],
  regions: ['global'],
  hours: 'Monday to Friday, 09:00–18:00',
  timeZone: 'Europe/Paris',
  responseHours: 24,
  takesUrgent: true,
  channels: [
    { kind: 'email', value: 'help@demo.cairn.test', secure: false },
    { kind: 'signal', value: 'demo-helpline.01', secure: true, label: 'Signal username' },
  ],
  intakeFormId: 'incident-record',
  own: true,
  listed: true,
});

async function main(): Promise<void> {
  const slug = process.argv[2] ?? 'demo';
  const owner = createPrismaClient(loadOwnerConfig().DATABASE_URL);
  try {
    const organization = await owner.organization.findUnique({ where: { slug } });
    if (!organization) throw new Error(`No organisation with slug "${slug}"`);
    // Row-level security binds the owner too: work inside the organisation's tenant.
    const added = await owner.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT set_config('app.org_id', ${organization.id}, true)`;
      if ((await tx.helpline.count()) > 0) return false;
      await tx.helpline.create({ data: { ...DEMO_HELPLINE, organizationId: organization.id } });
      return true;
    });
    if (added) console.log(`Added the demo helpline to "${slug}".`);
  } finally {
    await owner.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
