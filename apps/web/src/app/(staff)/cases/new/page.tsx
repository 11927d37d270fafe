import type { Metadata } from 'next';
import { roleAllows } from '@cairn/contracts';
import { NewCaseForm } from '../../../../components/cases/new-case-form';
import { assignableStaff } from '../../../../cases/case-api';
import { caseTitle } from '../../../../cases/refused-title';
import { currentStaff } from '../../../../staff/current-staff';
import { requireApiToken } from '../../../../staff/staff-api';

export async function generateMetadata(): Promise<Metadata> {
  return { title: await caseTitle('New case') };
}

export default async function NewCasePage() {
  const me = await currentStaff();
  if (!roleAllows(me.role, 'cases.write')) {
    return (
      <>
        <h1>New case</h1>
        <p className="notice">Your role cannot open cases.</p>
      </>
    );
  }
  const staff = await assignableStaff(await requireApiToken());
  return (
    <>
      <h1>New case</h1>
      <NewCaseForm
        staff={staff}
        widensRestricted={roleAllows(me.role, 'cases.manage-restricted')}
      />
    </>
  );
}
