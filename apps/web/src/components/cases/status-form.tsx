import type { CaseView } from '@cairn/contracts';
import { changeStatus } from '../../cases/case-actions';
import { CLOSING_REASON_LABELS, optionsOf, STATUS_LABELS } from '../../cases/labels';
import { CaseForm } from './case-form';

/** Offers only the moves the API says this case may make now. */
export function StatusForm({ item }: { item: CaseView }) {
  if (item.allowedTransitions.length === 0) return <p>This case cannot change status now.</p>;
  const closing = item.allowedTransitions.includes('CLOSED');
  return (
    <CaseForm
      action={changeStatus.bind(null, item.id)}
      idPrefix="status"
      submitLabel="Change status"
      pendingLabel="Changing…"
      groups={[
        {
          fields: [
            {
              kind: 'select',
              name: 'status',
              label: 'New status',
              required: true,
              options: item.allowedTransitions.map((status) => ({
                value: status,
                label: STATUS_LABELS[status],
              })),
            },
            ...(closing
              ? [
                  {
                    kind: 'select' as const,
                    name: 'closingReason',
                    label: 'Closing reason',
                    hint: 'Required to close the case.',
                    emptyLabel: '(not closing)',
                    options: optionsOf(CLOSING_REASON_LABELS),
                  },
                ]
              : []),
            {
              kind: 'textarea',
              name: 'comment',
              label: 'Comment',
              hint: 'Why, in a sentence. It goes to the timeline.',
              rows: 2,
            },
          ],
        },
      ]}
    />
  );
}
