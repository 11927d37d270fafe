import type { Metadata } from 'next';
import Link from 'next/link';
import { roleAllows } from '@cairn/contracts';
import { PlatformForm } from '../../../../components/takedowns/platform-form';
import { currentStaff } from '../../../../staff/current-staff';
import { STAFF_SECTIONS } from '../../../../staff/sections';
import { requireApiToken } from '../../../../staff/staff-api';
import { getPlatform } from '../../../../takedowns/takedown-api';

export const metadata: Metadata = { title: STAFF_SECTIONS.platforms.title };

export default async function PlatformPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const me = await currentStaff();
  const platform = await getPlatform(id, await requireApiToken());
  return (
    <>
      <p>
        <Link href="/platforms">All platforms</Link>
      </p>
      <h1>{platform.name}</h1>
      {roleAllows(me.role, 'takedowns.manage') ? (
        <PlatformForm platform={platform} />
      ) : (
        <p className="notice">Only admins change the platform directory.</p>
      )}
    </>
  );
}
