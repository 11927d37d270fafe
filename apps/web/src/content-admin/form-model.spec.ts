import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defaultGuideDir, formFromSource } from '@cairn/content';
import { readItemInput, type Taken } from './form-item-input';
import {
  formYaml,
  moveItem,
  putItem,
  readFormModel,
  removeItem,
  type FormModel,
  type LocaleSource,
} from './form-model';

const FILE = 'online-abuse/document-evidence/beginner/f_incident-record.yml';
const shipped = (locale: string): LocaleSource => ({
  locale,
  path: `${locale}/${FILE}`,
  text: readFileSync(path.join(defaultGuideDir, locale, FILE), 'utf8'),
});

function modelOf(...sources: LocaleSource[]): FormModel {
  const read = readFormModel(sources);
  if (!read.ok) throw new Error('unreadable');
  return read.model;
}

const source = (locale: string, text: string): LocaleSource => ({
  locale,
  path: `${locale}/${FILE}`,
  text,
});
const small = (title: string, label: string, extra = '') =>
  `title: ${title}\nscreens:\n  - items:\n      - name: what\n        type: text_area\n        label: ${label}\n${extra}`;

describe('the visual form editor’s model', () => {
  it('reads the shipped form in every language with nothing differing, and writes it back', () => {
    const read = readFormModel([shipped('en'), shipped('fr')]);
    if (!read.ok) throw new Error('unreadable');
    expect(read.differences).toEqual([]);

    for (const locale of ['en', 'fr']) {
      const original = formFromSource(`${locale}/${FILE}`, shipped(locale).text ?? '').form;
      const written = formFromSource(`${locale}/${FILE}`, formYaml(read.model, locale));
      expect(written.problems).toEqual([]);
      expect(written.form?.screens).toEqual(original?.screens);
      expect(written.form?.title).toBe(original?.title);
    }
  });

  it('says what a translation lacks, adds or changes', () => {
    const en = small('Tell us', 'What?', '      - { name: when, type: date, label: When? }\n');
    const fr = small(
      'Dites-nous',
      'Quoi ?',
      '      - { name: where, type: text_input, label: Où ? }\n',
    ).replace('type: text_area', 'type: text_input');
    const read = readFormModel([
      source('en', en),
      source('fr', fr),
      { locale: 'de', path: `de/${FILE}`, text: null },
    ]);
    if (!read.ok) throw new Error('unreadable');

    expect(read.differences).toEqual([
      'In French, “what” is of type “Short answer”, not “Long answer”.',
      'French has no counterpart for “when”.',
      'French has “where”, which English has not: saving here leaves it out.',
      'German has no version of this form yet: saving creates one, to be worded in German (its title is the English one until then).',
    ]);
    // A French admin reads the same differences in French, each language named in French.
    const french = readFormModel(
      [source('en', en), source('fr', fr), { locale: 'de', path: `de/${FILE}`, text: null }],
      'fr',
    );
    expect(french.ok && french.differences).toEqual([
      'En français, « what » est de type « Réponse courte », pas « Réponse longue ».',
      'La version en français n’a pas d’équivalent pour « when ».',
      'La version en français a « where », que celle en anglais n’a pas : enregistrer ici l’en retire.',
      'Ce formulaire n’a pas encore de version en allemand : l’enregistrer en crée une, à rédiger en allemand (son titre reste celui en anglais d’ici là).',
    ]);
    expect(read.model.titles).toEqual({ en: 'Tell us', fr: 'Dites-nous' });
    // Written back, every language follows the structure, in its own words where it has them.
    const written = formFromSource(`fr/${FILE}`, formYaml(read.model, 'fr')).form;
    expect(written?.screens[0]?.items).toEqual([
      { name: 'what', type: 'text_area', label: 'Quoi ?' },
      { name: 'when', type: 'date' },
    ]);
    expect(formFromSource(`de/${FILE}`, formYaml(read.model, 'de')).form?.title).toBe('Tell us');
  });

  it('refuses to edit a form whose text in a language cannot be read', () => {
    const read = readFormModel([source('en', small('A', 'B')), source('fr', 'title: [')]);
    expect(read.ok).toBe(false);
  });

  it('moves items within and across screens, dropping a screen left empty', () => {
    const two = modelOf(
      source(
        'en',
        'title: T\nscreens:\n  - items:\n      - { name: a, type: text_input }\n  - items:\n      - { name: b, type: text_input }\n      - { name: c, type: text_input }\n',
      ),
    );
    const names = (model: FormModel) => model.screens.map((s) => s.items.map((i) => i.name));
    const down = moveItem(two, 1, 0, 1);
    expect('model' in down && names(down.model)).toEqual([['a'], ['c', 'b']]);
    const up = moveItem(two, 1, 0, -1);
    expect('model' in up && names(up.model)).toEqual([['a', 'b'], ['c']]);
    const emptied = moveItem(two, 0, 0, 1);
    expect('model' in emptied && names(emptied.model)).toEqual([['a', 'b', 'c']]);
    expect(moveItem(two, 0, 0, -1)).toEqual({ refused: 'itemCannotMove' });
  });

  it('keeps at least one item', () => {
    const one = modelOf(source('en', small('A', 'B')));
    expect(removeItem(one, 0, 0)).toEqual({
      refused: 'oneItemNeeded',
    });
  });
});

describe('the item editor’s fields', () => {
  const none: Taken = { names: new Set(), roles: new Set(), scopes: new Set() };
  const form = (fields: Record<string, string>) => {
    const data = new FormData();
    for (const [name, value] of Object.entries(fields)) data.set(name, value);
    return data;
  };

  it('reads a choice with its options in every language, and it joins the form', () => {
    const input = readItemInput(
      form({
        type: 'multiple_choice',
        name: 'where',
        required: 'yes',
        'label-en': 'Where?',
        'label-fr': 'Où ?',
        'option-rows': '3',
        'option-value-0': 'instagram',
        'option-label-en-0': 'Instagram',
        'option-label-fr-0': 'Instagram',
        'option-value-1': 'email',
        'option-label-en-1': 'Email',
        'option-label-fr-1': 'Courriel',
      }),
      ['en', 'fr'],
      none,
    );
    expect(input.errors).toEqual([]);
    const model = modelOf(source('en', small('A', 'B')), source('fr', small('A', 'B')));
    const put = input.item && putItem(model, { screen: 1 }, input.item, { en: 'Where', fr: 'Où' });
    if (!put || !('model' in put)) throw new Error('not put');
    expect(formFromSource(`fr/${FILE}`, formYaml(put.model, 'fr')).form?.screens[1]).toEqual({
      name: 'Où',
      items: [
        {
          name: 'where',
          type: 'multiple_choice',
          label: 'Où ?',
          required: true,
          options: [
            { value: 'instagram', label: 'Instagram' },
            { value: 'email', label: 'Courriel' },
          ],
        },
      ],
    });
  });

  it('names each field that is wrong, in words an admin can act on', () => {
    const input = readItemInput(
      form({
        type: 'consent',
        name: 'Share It',
        role: 'description',
        'label-en': 'You may share',
        'hint-fr': 'Un indice',
      }),
      ['en', 'fr'],
      { ...none, roles: new Set(['description']) },
    );
    expect(input.errors).toEqual([
      {
        field: 'name',
        message: 'Use only lowercase letters, digits and dashes in the name, such as what-happened',
      },
      {
        field: 'role',
        message:
          'What happened: the case summary (short or long answer) cannot come from an item of type “Consent”: choose another role or none',
      },
      { field: 'scope', message: 'Choose what the person consents to' },
      { field: 'label-fr', message: 'Enter the consent sentence in French' },
      {
        field: 'hint-en',
        message: 'Enter the hint in English too, or leave it empty in every language',
      },
    ]);
  });

  it('refuses a name, role or consent another item already has, and a lone option', () => {
    const input = readItemInput(
      form({
        type: 'single_choice',
        name: 'what',
        role: 'survivor-country',
        'option-rows': '2',
        'option-value-0': 'france',
        'option-label-en-0': 'France',
      }),
      ['en'],
      { names: new Set(['what']), roles: new Set(), scopes: new Set() },
    );
    expect(input.errors.map((error) => error.field)).toEqual([
      'name',
      'option-value-0',
      'option-value-0',
    ]);
    expect(input.errors[2]?.message).toBe('Give at least two options');
  });

  it('says each refusal in French to a French admin, naming the languages in French', () => {
    const input = readItemInput(
      form({
        type: 'single_choice',
        name: 'what',
        role: 'survivor-country',
        'label-en': 'Where do you live?',
        'hint-fr': 'Une\u0000aide',
        'option-rows': '2',
        'option-value-0': 'france',
        'option-label-en-0': 'France',
      }),
      ['en', 'fr'],
      { names: new Set(['what']), roles: new Set(['survivor-country']), scopes: new Set() },
      'fr',
    );
    expect(input.errors).toEqual([
      { field: 'name', message: 'Un autre élément s’appelle déjà what : choisissez un autre nom' },
      {
        field: 'role',
        message:
          'Un autre élément fournit déjà le pays de la personne : choisissez un autre rôle ou aucun',
      },
      {
        field: 'label-fr',
        message:
          'Saisissez aussi la question en français, ou laissez-la vide dans toutes les langues',
      },
      {
        field: 'hint-fr',
        message: 'Aide en français : retirez le caractère de contrôle invisible (NUL)',
      },
      {
        field: 'hint-en',
        message: 'Saisissez aussi l’aide en anglais, ou laissez-la vide dans toutes les langues',
      },
      {
        field: 'option-value-0',
        message: 'Donnez au choix 1 un code de pays à deux lettres comme valeur, par exemple FR',
      },
      { field: 'option-label-fr-0', message: 'Saisissez le libellé du choix 1 en français' },
      { field: 'option-value-0', message: 'Proposez au moins deux choix' },
    ]);
  });
});
