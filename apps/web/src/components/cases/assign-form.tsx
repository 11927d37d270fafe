import type { CaseView, FieldLocale, PersonRef } from '@cairn/contracts';
import { setAssignees } from '../../cases/case-actions';
import { CASE_MESSAGES } from '../../cases/case-messages';
import { CaseForm } from './case-form';

export function AssignForm({
  item,
  staff,
  locale = 'en',
}: {
  item: CaseView;
  staff: PersonRef[];
  locale?: FieldLocale;
}) {
  const w = CASE_MESSAGES[locale];
  return (
    <CaseForm
      action={setAssignees.bind(null, item.id)}
      idPrefix="assign"
      submitLabel={w.saveAssignees}
      pendingLabel={w.saving}
      locale={locale}
      groups={[
        {
          fields: [
            {
              kind: 'checkboxes',
              name: 'userIds',
              label: w.assignedStaff,
              options: staff.map((person) => ({ value: person.userId, label: person.displayName })),
              defaultValues: item.assignees.map((person) => person.userId),
            },
          ],
        },
      ]}
    />
  );
}
