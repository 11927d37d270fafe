import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { CaseHeader } from '../../../../components/cases/case-header';
import { CaseTabs } from '../../../../components/cases/case-tabs';
import { SafeContactBanner } from '../../../../components/cases/safe-contact-banner';
import { getCase } from '../../../../cases/case-api';
import { CASE_MESSAGES } from '../../../../cases/case-messages';
import { INTAKE_MESSAGES } from '../../../../cases/intake-messages';
import { staffLocale } from '../../../../forms/staff-locale';
import { caseTitle } from '../../../../cases/refused-title';
import { requireApiToken } from '../../../../staff/staff-api';

// Neither the case's title nor the survivor's name: page titles stay in browser history.
export async function generateMetadata(): Promise<Metadata> {
  return { title: await caseTitle(CASE_MESSAGES[await staffLocale()].caseTitle) };
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
  const [token, locale] = await Promise.all([requireApiToken(), staffLocale()]);
  const item = await getCase(id, token);
  const words = INTAKE_MESSAGES[locale];
  const caseWords = CASE_MESSAGES[locale];
  return (
    <div className="case">
      <CaseHeader item={item} words={words} locale={locale} />
      <SafeContactBanner survivor={item.survivor} words={words} />
      <CaseTabs
        caseId={item.id}
        titles={caseWords.tabs}
        label={caseWords.sectionsLabel}
        locale={locale}
        extra={
          item.source === 'INTAKE'
            ? [
                { path: '/intake', title: words.intakeTab },
                { path: '/messages', title: words.messagesTab },
              ]
            : []
        }
      />
      <div className="case-section">{children}</div>
    </div>
  );
}
