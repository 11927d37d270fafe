import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { CaseHeader } from '../../../../components/cases/case-header';
import { CaseTabs } from '../../../../components/cases/case-tabs';
import { SafeContactBanner } from '../../../../components/cases/safe-contact-banner';
import { getCase } from '../../../../cases/case-api';
import { caseTitle } from '../../../../cases/refused-title';
import { requireApiToken } from '../../../../staff/staff-api';

// Neither the case's title nor the survivor's name: page titles stay in browser history.
export async function generateMetadata(): Promise<Metadata> {
  return { title: await caseTitle('Case') };
}

/** Every page of a case: who it is about and how to reach them safely, then its sections. */
export default async function CaseLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ id: string }>;
}) {
  const { id } = await params;
  const item = await getCase(id, await requireApiToken());
  return (
    <div className="case">
      <CaseHeader item={item} />
      <SafeContactBanner survivor={item.survivor} />
      <CaseTabs caseId={item.id} />
      <div className="case-section">{children}</div>
    </div>
  );
}
