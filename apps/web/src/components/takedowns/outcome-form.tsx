'use client';

import { TakedownOutcomeStatus, UrlOutcome, type TakedownView } from '@cairn/contracts';
import { recordOutcome } from '../../takedowns/takedown-actions';
import type { TakedownFormMessages } from '../../takedowns/takedown-messages';
import { CaseForm } from '../cases/case-form';

/** A letter is answered or not: nothing is removed by it. */
const LETTER_OUTCOMES = ['ACKNOWLEDGED', 'NO_RESPONSE'] as const;

/**
 * What the platform did (the request's status, its reference, each address's outcome), or
 * whether a letter was answered.
 */
export function OutcomeForm({
  request,
  words,
  statuses,
  urlOutcomes,
}: {
  request: TakedownView;
  words: TakedownFormMessages;
  statuses: Record<string, string>;
  urlOutcomes: Record<string, string>;
}) {
  const choices = request.platform ? TakedownOutcomeStatus.options : LETTER_OUTCOMES;
  return (
    <div className="takedown-form">
      <CaseForm
        action={recordOutcome.bind(null, request.caseId, request.id)}
        idPrefix="outcome"
        submitLabel={words.recordOutcome}
        pendingLabel={words.recording}
        groups={[
          {
            fields: [
              {
                kind: 'select',
                name: 'status',
                label: words.status,
                emptyLabel: `${words.keep} ${statuses[request.status]}`,
                options: choices.map((value) => ({ value, label: statuses[value] ?? value })),
              },
              {
                kind: 'text',
                name: 'platformReference',
                label: words.reference,
                defaultValue: request.platformReference ?? '',
              },
              {
                kind: 'textarea',
                name: 'outcomeNote',
                label: words.note,
                rows: 2,
                defaultValue: request.outcomeNote ?? '',
              },
            ],
          },
          ...(request.urls.length > 0
            ? [
                {
                  legend: words.eachAddress,
                  fields: request.urls.map((url) => ({
                    kind: 'select' as const,
                    name: `url:${url.id}`,
                    label: url.url,
                    defaultValue: url.outcome,
                    options: UrlOutcome.options.map((value) => ({
                      value,
                      label: urlOutcomes[value] ?? value,
                    })),
                  })),
                },
              ]
            : []),
        ]}
      />
    </div>
  );
}
