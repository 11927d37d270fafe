import { NoticeLocale, NoticeType } from '@cairn/contracts';
import type { Tx } from '../core/database/prisma.service';
import { DEFAULT_PLATFORMS } from '../platforms/default-platforms';
import { DEFAULT_TEMPLATES } from '../templates/default-templates';

/**
 * Gives an organisation its takedown settings, seeded platform directory and templates the
 * first time any of them is needed. The settings row is the marker: the transaction that
 * inserts it seeds the rest, so two requests racing seed once, and a platform an admin
 * renamed or archived is never seeded again.
 */
export async function ensureTakedownDefaults(tx: Tx, organizationId: string): Promise<void> {
  const inserted = await tx.$queryRaw<{ organization_id: string }[]>`
    INSERT INTO takedown_settings (organization_id) VALUES (${organizationId}::uuid)
    ON CONFLICT (organization_id) DO NOTHING
    RETURNING organization_id`;
  if (inserted.length === 0) return;
  await tx.platform.createMany({
    data: DEFAULT_PLATFORMS.map((platform) => ({ ...platform, organizationId })),
    skipDuplicates: true,
  });
  await tx.takedownTemplate.createMany({
    data: NoticeLocale.options.flatMap((locale) =>
      NoticeType.options.map((noticeType) => ({
        organizationId,
        noticeType,
        locale,
        ...DEFAULT_TEMPLATES[locale][noticeType],
      })),
    ),
    skipDuplicates: true,
  });
}
