'use client';

import { TakedownOutcomeStatus, UrlOutcome, type TakedownView } from '@cairn/contracts';
import { recordOutcome } from '../../takedowns/takedown-actions';
import { TAKEDOWN_STATUS_LABELS, URL_OUTCOME_LABELS } from '../../takedowns/labels';
import { CaseForm } from '../cases/case-form';

/** What the platform did: the request's status, its reference, and each address's outcome. */
export function OutcomeForm({ request }: { request: TakedownView }) {
  return (
    <div className="takedown-form">
      <CaseForm
        action={recordOutcome.bind(null, request.caseId, request.id)}
        idPrefix="outcome"
        submitLabel="Record the outcome"
        pendingLabel="Recording…"
        groups={[
          {
            fields: [
              {
                kind: 'select',
                name: 'status',
                label: 'Status',
                emptyLabel: `Keep: ${TAKEDOWN_STATUS_LABELS[request.status]}`,
                options: TakedownOutcomeStatus.options.map((value) => ({
                  value,
                  label: TAKEDOWN_STATUS_LABELS[value],
                })),
              },
              {
                kind: 'text',
                name: 'platformReference',
                label: 'The platform’s reference number',
                defaultValue: request.platformReference ?? '',
              },
              {
                kind: 'textarea',
                name: 'outcomeNote',
                label: 'Note',
                rows: 2,
                defaultValue: request.outcomeNote ?? '',
              },
            ],
          },
          {
            legend: 'Each address',
            fields: request.urls.map((url) => ({
              kind: 'select' as const,
              name: `url:${url.id}`,
              label: url.url,
              defaultValue: url.outcome,
              options: UrlOutcome.options.map((value) => ({
                value,
                label: URL_OUTCOME_LABELS[value],
              })),
            })),
          },
        ]}
      />
    </div>
  );
}
