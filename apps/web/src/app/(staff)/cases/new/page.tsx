import type { Metadata } from 'next';
import { roleAllows } from '@cairn/contracts';
import { NewCaseForm } from '../../../../components/cases/new-case-form';
import { assignableStaff } from '../../../../cases/case-api';
import { CASE_MESSAGES } from '../../../../cases/case-messages';
import { caseTitle } from '../../../../cases/refused-title';
import { staffLocale } from '../../../../forms/staff-locale';
import { currentStaff } from '../../../../staff/current-staff';
import { requireApiToken } from '../../../../staff/staff-api';

export async function generateMetadata(): Promise<Metadata> {
  return { title: await caseTitle(CASE_MESSAGES[await staffLocale()].newCaseTitle) };
}

export default async function NewCasePage() {
  const [me, locale] = await Promise.all([currentStaff(), staffLocale()]);
  const words = CASE_MESSAGES[locale];
  if (!roleAllows(me.role, 'cases.write')) {
    return (
      <div lang={locale}>
        <h1>{words.newCaseTitle}</h1>
        <p className="notice">{words.cannotOpen}</p>
      </div>
    );
  }
  const staff = await assignableStaff(await requireApiToken());
  return (
    <div lang={locale}>
      <h1>{words.newCaseTitle}</h1>
      <NewCaseForm
        staff={staff}
        widensRestricted={roleAllows(me.role, 'cases.manage-restricted')}
        locale={locale}
      />
    </div>
  );
}
