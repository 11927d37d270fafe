import { formFromSource } from '@cairn/content';
import { AppError } from '../core/errors/app-error';
import { answersFromFields, checkAnswers } from './intake-answers';

const SOURCE = `title: Tell us
screens:
  - name: One
    items:
      - name: what
        type: text_area
        label: What happened?
        required: true
      - name: where
        type: multiple_choice
        label: Where?
        options:
          - value: chat
            label: A chat
          - value: mail
            label: Email
      - name: ok-to-share
        type: consent
        scope: SHARE_WITH_PLATFORMS
        label: You may share it.
      - name: reach
        type: safe_contact
        label: How to reach you
`;

const form = formFromSource('en/forms/f_tell-us.yml', SOURCE).form!;
const fields = (entries: [string, string][]) => {
  const map = new Map<string, string[]>();
  for (const [name, value] of entries) map.set(name, [...(map.get(name) ?? []), value]);
  return map;
};

describe('answers from a browser form', () => {
  it('reads repeated choices as a list, a ticked consent as true and a safe contact from its sub-fields', () => {
    expect(
      answersFromFields(
        form,
        fields([
          ['what', 'Messages'],
          ['where', 'chat'],
          ['where', 'mail'],
          ['ok-to-share', 'true'],
          ['reach.channels', 'SIGNAL'],
          ['reach.never', 'No calls'],
        ]),
      ),
    ).toEqual({
      what: 'Messages',
      where: ['chat', 'mail'],
      'ok-to-share': true,
      reach: { channels: ['SIGNAL'], never: 'No calls' },
    });
  });

  it('keeps a field the form does not have and a single answer sent twice, so the check names them', () => {
    const answers = answersFromFields(
      form,
      fields([
        ['what', 'a'],
        ['what', 'b'],
        ['old-item', 'x'],
      ]),
    );
    expect(answers).toEqual({ what: ['a', 'b'], 'old-item': 'x' });
    try {
      checkAnswers(form, answers);
      throw new Error('accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      const named = ((error as AppError).extra.errors as { field: string; message: string }[]).map(
        (entry) => entry.field,
      );
      expect(named).toEqual(['what', 'old-item']);
      expect(JSON.stringify((error as AppError).extra)).not.toContain('"x"');
    }
  });
});
