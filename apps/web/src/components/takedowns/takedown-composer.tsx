'use client';

import type { TakedownView } from '@cairn/contracts';
import { createTakedown, updateTakedown } from '../../takedowns/takedown-actions';
import { CaseForm, type FieldOption } from '../cases/case-form';

interface ComposerProps {
  caseId: string;
  platforms: FieldOption[];
  noticeTypes: FieldOption[];
  evidence: FieldOption[];
  /** A draft to change; a new request otherwise. */
  draft?: TakedownView;
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
        submitLabel={draft ? 'Save the draft' : 'Save as draft'}
        pendingLabel="Saving…"
        groups={[
          {
            legend: 'Where it goes',
            fields: [
              {
                kind: 'select',
                name: 'platformId',
                label: 'Platform or service',
                hint: 'From your organisation’s platform directory.',
                options: platforms,
                emptyLabel: 'Choose a platform',
                defaultValue: draft?.platform.id,
                required: true,
              },
              {
                kind: 'select',
                name: 'noticeType',
                label: 'Kind of notice',
                options: noticeTypes,
                defaultValue: draft?.noticeType,
                required: true,
              },
              {
                kind: 'radios',
                name: 'locale',
                label: 'Language of the notice',
                options: [
                  { value: 'en', label: 'English' },
                  { value: 'fr', label: 'Français' },
                ],
                defaultValue: draft?.locale ?? 'en',
              },
            ],
          },
          {
            legend: 'What to remove',
            fields: [
              {
                kind: 'textarea',
                name: 'urls',
                label: 'Addresses (URLs) of the content',
                hint: 'One per line. Each gets its own outcome.',
                rows: 4,
                defaultValue: draft?.urls.map((url) => url.url).join('\n'),
              },
              ...(evidence.length > 0
                ? [
                    {
                      kind: 'checkboxes' as const,
                      name: 'evidenceIds',
                      label: 'Evidence to cite',
                      hint: 'Only the items you tick are named in the notice.',
                      options: evidence,
                      defaultValues: draft?.evidenceIds,
                    },
                  ]
                : []),
              {
                kind: 'textarea',
                name: 'elements.explanation',
                label: 'Why it must be removed',
                hint: 'The rule or law it breaks, and how (a DSA notice needs this).',
                rows: 4,
                defaultValue: elements.explanation,
              },
            ],
          },
          {
            legend: 'For a copyright or DSA notice',
            fields: [
              {
                kind: 'textarea',
                name: 'elements.copyrightedWork',
                label: 'The copyrighted work',
                rows: 2,
                defaultValue: elements.copyrightedWork,
              },
              {
                kind: 'textarea',
                name: 'elements.complainantContact',
                label: 'Contact details of the complaining party',
                hint: 'Address, telephone and email. Give the survivor’s only if they agreed.',
                rows: 3,
                defaultValue: elements.complainantContact,
              },
              {
                kind: 'text',
                name: 'elements.signature',
                label: 'Signature (full name)',
                defaultValue: elements.signature,
              },
              {
                kind: 'text',
                name: 'elements.submitterName',
                label: 'Name of the person submitting',
                defaultValue: elements.submitterName,
              },
              {
                kind: 'text',
                name: 'elements.submitterEmail',
                label: 'Email of the person submitting',
                defaultValue: elements.submitterEmail,
              },
              {
                kind: 'checkbox',
                name: 'elements.goodFaith',
                label: 'I make the good-faith statement this notice requires',
                defaultChecked: elements.goodFaith === true,
              },
              {
                kind: 'checkbox',
                name: 'elements.accuracyUnderPenalty',
                label:
                  'The notice is accurate, and under penalty of perjury I am authorised to act for the owner (copyright notice)',
                defaultChecked: elements.accuracyUnderPenalty === true,
              },
            ],
          },
        ]}
      />
    </div>
  );
}
