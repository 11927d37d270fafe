'use client';

import type { TakedownView } from '@cairn/contracts';
import { createLetter, updateLetter } from '../../takedowns/takedown-actions';
import type { TakedownFormMessages } from '../../takedowns/takedown-messages';
import { CaseForm, type FieldOption } from '../cases/case-form';

interface LetterComposerProps {
  caseId: string;
  /** The two letters, labelled in the page's language. */
  letterTypes: FieldOption[];
  evidence: FieldOption[];
  /** A draft to change (its kind is kept); a new letter otherwise. */
  draft?: TakedownView;
  words: TakedownFormMessages;
}

/**
 * The one warning to the other party or the cover letter of a police report: to an address
 * the caseworker types, saying what they write and citing the evidence they tick. Nothing of
 * the survivor is added to it.
 */
export function LetterComposer({
  caseId,
  letterTypes,
  evidence,
  draft,
  words,
}: LetterComposerProps) {
  const action = draft
    ? updateLetter.bind(null, caseId, draft.id)
    : createLetter.bind(null, caseId);
  return (
    <div className="takedown-form">
      <CaseForm
        action={action}
        idPrefix={draft ? 'letter-edit' : 'letter'}
        submitLabel={draft ? words.saveChanges : words.saveLetter}
        pendingLabel={words.saving}
        groups={[
          {
            legend: words.whereItGoes,
            fields: [
              ...(draft
                ? []
                : [
                    {
                      kind: 'radios' as const,
                      name: 'noticeType',
                      label: words.letterKind,
                      options: letterTypes,
                    },
                  ]),
              {
                kind: 'text',
                name: 'recipientAddress',
                label: words.recipientAddress,
                hint: words.warningAddressHint,
                defaultValue: draft?.recipientAddress,
                required: true,
              },
              {
                kind: 'text',
                name: 'recipientName',
                label: words.recipientName,
                hint: words.recipientNameHint,
                defaultValue: draft?.recipientName ?? undefined,
              },
              {
                kind: 'radios',
                name: 'locale',
                label: words.language,
                options: [
                  { value: 'en', label: 'English' },
                  { value: 'fr', label: 'Français' },
                ],
                defaultValue: draft?.locale ?? 'en',
              },
            ],
          },
          {
            fields: [
              {
                kind: 'textarea',
                name: 'elements.explanation',
                label: words.letterText,
                hint: words.letterTextHint,
                rows: 5,
                defaultValue: draft?.elements.explanation,
              },
              ...(evidence.length > 0
                ? [
                    {
                      kind: 'checkboxes' as const,
                      name: 'evidenceIds',
                      label: words.evidence,
                      hint: words.letterEvidenceHint,
                      options: evidence,
                      defaultValues: draft?.evidenceIds,
                    },
                  ]
                : []),
              {
                kind: 'textarea',
                name: 'urls',
                label: words.letterUrls,
                hint: words.letterUrlsHint,
                rows: 3,
                defaultValue: draft?.urls.map((url) => url.url).join('\n'),
              },
            ],
          },
        ]}
      />
    </div>
  );
}
