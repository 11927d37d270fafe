import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defaultGuideDir } from './default-guide-dir';
import { formSource } from './form-source';
import { formFromSource } from './parse-form';

const PATH = 'en/online-abuse/document-evidence/beginner/f_incident-record.yml';

describe('writing a form back as YAML', () => {
  it('gives the shipped intake form back unchanged in meaning, and parses cleanly', () => {
    const text = readFileSync(path.join(defaultGuideDir, PATH), 'utf8');
    const form = formFromSource(PATH, text).form;
    if (!form) throw new Error('the shipped form does not parse');

    const written = formSource(form);
    const again = formFromSource(PATH, written);

    expect(again.problems).toEqual([]);
    expect(again.form?.screens).toEqual(form.screens);
    expect(again.form?.title).toBe(form.title);
  });

  it('quotes what YAML would misread and leaves out default settings', () => {
    const written = formSource({
      title: 'Yes: no',
      screens: [
        {
          items: [
            { type: 'label', label: '#1 - read: this' },
            {
              type: 'single_choice',
              name: 'agree',
              required: false,
              options: [
                { value: 'yes', label: 'true' },
                { value: 'no', label: 'null' },
              ],
            },
            { type: 'file', name: 'files', multiple: true, hint: '  ' },
          ],
        },
      ],
    });
    const form = formFromSource(PATH, written).form;

    expect(form?.title).toBe('Yes: no');
    expect(form?.screens[0]?.items).toEqual([
      { type: 'label', label: '#1 - read: this' },
      {
        type: 'single_choice',
        name: 'agree',
        options: [
          { value: 'yes', label: 'true' },
          { value: 'no', label: 'null' },
        ],
      },
      { type: 'file', name: 'files' },
    ]);
    expect(written).not.toContain('required');
    expect(written).not.toContain('multiple');
  });
});
