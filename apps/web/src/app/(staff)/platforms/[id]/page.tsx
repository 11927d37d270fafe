import type { Metadata } from 'next';
import Link from 'next/link';
import { PlatformKind, ReportChannel, roleAllows, TakedownNoticeType } from '@cairn/contracts';
import { PlatformForm, type PlatformChoices } from '../../../../components/takedowns/platform-form';
import { staffLocale } from '../../../../forms/staff-locale';
import { currentStaff } from '../../../../staff/current-staff';
import { staffSections } from '../../../../staff/sections';
import { requireApiToken } from '../../../../staff/staff-api';
import { DIRECTORY_MESSAGES } from '../../../../takedowns/directory-messages';
import { getPlatform } from '../../../../takedowns/takedown-api';

const CHOICES: PlatformChoices = {
  kinds: PlatformKind.options,
  channels: ReportChannel.options,
  noticeTypes: TakedownNoticeType.options,
};

export async function generateMetadata(): Promise<Metadata> {
  return { title: staffSections(await staffLocale()).platforms.title };
}

export default async function PlatformPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [me, locale] = await Promise.all([currentStaff(), staffLocale()]);
  const words = DIRECTORY_MESSAGES[locale];
  const platform = await getPlatform(id, await requireApiToken());
  return (
    <div lang={locale}>
      <p>
        <Link href="/platforms">{words.allPlatforms}</Link>
      </p>
      <h1>{platform.name}</h1>
      {roleAllows(me.role, 'takedowns.manage') ? (
        <PlatformForm platform={platform} choices={CHOICES} locale={locale} />
      ) : (
        <p className="notice">{words.platformsAdminsOnly}</p>
      )}
    </div>
  );
}
