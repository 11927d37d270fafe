import type { CaseView, PersonRef } from '@cairn/contracts';
import { setAssignees } from '../../cases/case-actions';
import { CaseForm } from './case-form';

export function AssignForm({ item, staff }: { item: CaseView; staff: PersonRef[] }) {
  return (
    <CaseForm
      action={setAssignees.bind(null, item.id)}
      idPrefix="assign"
      submitLabel="Save assignees"
      pendingLabel="Saving…"
      groups={[
        {
          fields: [
            {
              kind: 'checkboxes',
              name: 'userIds',
              label: 'Assigned staff',
              options: staff.map((person) => ({ value: person.userId, label: person.displayName })),
              defaultValues: item.assignees.map((person) => person.userId),
            },
          ],
        },
      ]}
    />
  );
}
