import type { CaseView, FieldLocale } from '@cairn/contracts';
import { changeStatus } from '../../cases/case-actions';
import { CASE_MESSAGES } from '../../cases/case-messages';
import { CASE_LABELS, optionsOf } from '../../cases/labels';
import { CaseForm } from './case-form';

/** Offers only the moves the API says this case may make now. */
export function StatusForm({ item, locale = 'en' }: { item: CaseView; locale?: FieldLocale }) {
  const w = CASE_MESSAGES[locale];
  const labels = CASE_LABELS[locale];
  if (item.allowedTransitions.length === 0) return <p>{w.cannotChangeStatus}</p>;
  const closing = item.allowedTransitions.includes('CLOSED');
  return (
    <CaseForm
      action={changeStatus.bind(null, item.id)}
      idPrefix="status"
      submitLabel={w.changeStatus}
      pendingLabel={w.changing}
      locale={locale}
      groups={[
        {
          fields: [
            {
              kind: 'select',
              name: 'status',
              label: w.newStatus,
              required: true,
              options: item.allowedTransitions.map((status) => ({
                value: status,
                label: labels.status[status],
              })),
            },
            ...(closing
              ? [
                  {
                    kind: 'select' as const,
                    name: 'closingReason',
                    label: w.closingReason,
                    hint: w.closingReasonHint,
                    emptyLabel: w.notClosing,
                    options: optionsOf(labels.closingReason),
                  },
                ]
              : []),
            {
              kind: 'textarea',
              name: 'comment',
              label: w.comment,
              hint: w.commentHint,
              rows: 2,
            },
          ],
        },
      ]}
    />
  );
}
