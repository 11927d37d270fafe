'use client';

import type { TakedownView } from '@cairn/contracts';
import { createTakedown, updateTakedown } from '../../takedowns/takedown-actions';
import type { TakedownFormMessages } from '../../takedowns/takedown-messages';
import { CaseForm, type FieldOption } from '../cases/case-form';

interface ComposerProps {
  caseId: string;
  platforms: FieldOption[];
  noticeTypes: FieldOption[];
  evidence: FieldOption[];
  /** A draft to change; a new request otherwise. */
  draft?: TakedownView;
  words: TakedownFormMessages;
}

/**
 * What a takedown request asks, of whom, about which addresses, citing which evidence. Only
 * what is typed or ticked here is disclosed to the platform: the survivor's contact details
 * are never added unless typed in.
 */
export function TakedownComposer({
  caseId,
  platforms,
  noticeTypes,
  evidence,
  draft,
  words,
}: ComposerProps) {
  const action = draft
    ? updateTakedown.bind(null, caseId, draft.id)
    : createTakedown.bind(null, caseId);
  const elements = draft?.elements ?? {};
  return (
    <div className="takedown-form">
      <CaseForm
        action={action}
        idPrefix={draft ? 'takedown-edit' : 'takedown'}
        submitLabel={draft ? words.saveChanges : words.saveDraft}
        pendingLabel={words.saving}
        groups={[
          {
            legend: words.whereItGoes,
            fields: [
              {
                kind: 'select',
                name: 'platformId',
                label: words.platform,
                hint: words.platformHint,
                options: platforms,
                emptyLabel: words.choosePlatform,
                defaultValue: draft?.platform?.id,
                required: true,
              },
              {
                kind: 'select',
                name: 'noticeType',
                label: words.noticeKind,
                options: noticeTypes,
                defaultValue: draft?.noticeType,
                required: true,
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
            legend: words.whatToRemove,
            fields: [
              {
                kind: 'textarea',
                name: 'urls',
                label: words.urls,
                hint: words.urlsHint,
                rows: 4,
                defaultValue: draft?.urls.map((url) => url.url).join('\n'),
              },
              ...(evidence.length > 0
                ? [
                    {
                      kind: 'checkboxes' as const,
                      name: 'evidenceIds',
                      label: words.evidence,
                      hint: words.evidenceHint,
                      options: evidence,
                      defaultValues: draft?.evidenceIds,
                    },
                  ]
                : []),
              {
                kind: 'textarea',
                name: 'elements.explanation',
                label: words.explanation,
                hint: words.explanationHint,
                rows: 4,
                defaultValue: elements.explanation,
              },
            ],
          },
          {
            legend: words.copyrightOrDsa,
            fields: [
              {
                kind: 'textarea',
                name: 'elements.copyrightedWork',
                label: words.copyrightedWork,
                rows: 2,
                defaultValue: elements.copyrightedWork,
              },
              {
                kind: 'textarea',
                name: 'elements.complainantContact',
                label: words.complainantContact,
                hint: words.complainantContactHint,
                rows: 3,
                defaultValue: elements.complainantContact,
              },
              {
                kind: 'text',
                name: 'elements.signature',
                label: words.signature,
                defaultValue: elements.signature,
              },
              {
                kind: 'text',
                name: 'elements.submitterName',
                label: words.submitterName,
                defaultValue: elements.submitterName,
              },
              {
                kind: 'text',
                name: 'elements.submitterEmail',
                label: words.submitterEmail,
                defaultValue: elements.submitterEmail,
              },
              {
                kind: 'checkbox',
                name: 'elements.goodFaith',
                label: words.goodFaith,
                defaultChecked: elements.goodFaith === true,
              },
              {
                kind: 'checkbox',
                name: 'elements.accuracyUnderPenalty',
                label: words.accuracyUnderPenalty,
                defaultChecked: elements.accuracyUnderPenalty === true,
              },
            ],
          },
        ]}
      />
    </div>
  );
}
