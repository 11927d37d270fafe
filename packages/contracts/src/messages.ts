import { z } from 'zod';
import { noticeElementPhrase } from './notice-element-words';

/**
 * The one table of field-error sentences, in every language the staff pages speak. A zod
 * issue is first reduced to a rule (what was wrong, with the numbers or names it needs), so
 * the API can send the rule beside its English sentence and the web can say it in the
 * reader's language. zod's own refusals are worded from here for every schema in the
 * process; a schema's own message still wins for the English sentence.
 */

export const FIELD_LOCALES = ['en', 'fr'] as const;
export type FieldLocale = (typeof FIELD_LOCALES)[number];

type Params = Record<string, string | number>;

/** What was wrong with a field, independent of the language it is said in. */
export interface FieldRule {
  rule: string;
  params?: Params;
}

type Issue = Parameters<NonNullable<z.core.$ZodConfig['customError']>>[0];
type FinalIssue = z.core.$ZodIssue;

const TYPE_RULES: Record<string, string> = {
  string: 'text',
  number: 'number',
  int: 'wholeNumber',
  boolean: 'trueOrFalse',
  array: 'list',
  object: 'group',
};

const FORMAT_RULES: Record<string, string> = {
  email: 'email',
  uuid: 'id',
  guid: 'id',
  date: 'date',
  time: 'time',
  url: 'webAddress',
};

const isNumberOrigin = (origin: unknown) =>
  origin === 'number' || origin === 'int' || origin === 'bigint';
const isListOrigin = (origin: unknown) => origin === 'array' || origin === 'set';
const asNumber = (value: unknown): number =>
  typeof value === 'bigint' ? Number(value) : Number(value);

/**
 * Rules of the patterns that name one (`namedPattern`), by the pattern's source as zod
 * reports it in the issue: a refused pattern then reads as what it asks for, in every
 * language, instead of "not in the form expected".
 */
const PATTERN_RULES = new Map<string, string>();

/** A pattern whose refusal is worded by a rule of the table, for `.regex()`. */
export function namedPattern(pattern: RegExp, rule: RuleName): RegExp {
  PATTERN_RULES.set(pattern.toString(), rule);
  return pattern;
}

/** A local date-time (no offset) reads `2026-03-14T21:30`; an instant needs its `Z`. */
function datetimeRule(pattern: unknown): string {
  return pattern instanceof RegExp && pattern.test('2026-03-14T21:30')
    ? 'localDateTime'
    : 'dateTime';
}

/**
 * The rule a zod issue broke. Works on the raw issue zod hands its error map and on the
 * final issue of a ZodError; a schema's own check names its rule in `params.rule`.
 */
export function fieldRule(issue: Issue | FinalIssue): FieldRule {
  switch (issue.code) {
    case 'invalid_type':
      // A ZodError's issues keep the input only when parsed with `reportInput: true`.
      if ('input' in issue && issue.input === undefined) return { rule: 'required' };
      return { rule: TYPE_RULES[issue.expected] ?? 'kind' };
    case 'invalid_value':
      return issue.values.length > 0 && issue.values.length <= 12
        ? { rule: 'oneOf', params: { values: issue.values.map(String).join(', ') } }
        : { rule: 'oneOfOffered' };
    case 'too_big': {
      const max = asNumber(issue.maximum);
      if (isNumberOrigin(issue.origin)) return { rule: 'numberAtMost', params: { max } };
      if (isListOrigin(issue.origin)) return { rule: 'itemsAtMost', params: { max } };
      if (issue.origin === 'string') return { rule: 'charactersAtMost', params: { max } };
      return { rule: 'tooLarge' };
    }
    case 'too_small': {
      const min = asNumber(issue.minimum);
      if (isNumberOrigin(issue.origin)) return { rule: 'numberAtLeast', params: { min } };
      if (isListOrigin(issue.origin)) return { rule: 'itemsAtLeast', params: { min } };
      if (issue.origin === 'string')
        return min === 1 ? { rule: 'fillIn' } : { rule: 'charactersAtLeast', params: { min } };
      return { rule: 'tooSmall' };
    }
    case 'invalid_format':
      if (issue.format === 'regex' && 'pattern' in issue) {
        const rule = PATTERN_RULES.get(String(issue.pattern));
        if (rule) return { rule };
      }
      if (issue.format === 'datetime') return { rule: datetimeRule(issue.pattern) };
      return { rule: FORMAT_RULES[issue.format] ?? 'format' };
    case 'not_multiple_of':
      return { rule: 'multipleOf', params: { divisor: asNumber(issue.divisor) } };
    case 'unrecognized_keys':
      return {
        rule: 'unknownFields',
        params: { keys: issue.keys.map((key) => `"${key}"`).join(', ') },
      };
    case 'invalid_union':
      return 'note' in issue && issue.note === 'No matching discriminator'
        ? { rule: 'kindOffered' }
        : { rule: 'noFormMatches' };
    case 'invalid_key':
    case 'invalid_element':
      return { rule: 'badEntry' };
    case 'custom': {
      const params = (issue.params ?? {}) as Params;
      const { rule, ...rest } = params;
      return typeof rule === 'string' ? { rule, params: rest } : { rule: 'notAccepted' };
    }
    default:
      return { rule: 'notAccepted' };
  }
}

type Sentence = (params: Params) => string;
type Table = Record<string, Sentence>;

function counter(locale: string) {
  const format = (value: unknown) =>
    typeof value === 'number' ? value.toLocaleString(locale) : String(value ?? '');
  const plural = (value: unknown, one: string, many: string) =>
    `${format(value)} ${value === 1 ? one : many}`;
  return { format, plural };
}

const en = counter('en-GB');
const fr = counter('fr-FR');

const ENGLISH = {
  required: () => 'This is required',
  text: () => 'Enter text here',
  number: () => 'Enter a number',
  wholeNumber: () => 'Enter a whole number',
  trueOrFalse: () => 'Answer with true or false',
  list: () => 'Give a list here',
  group: () => 'Give this as a group of fields',
  kind: () => 'This is not the kind of value expected here',
  oneOf: ({ values }) => `Choose one of: ${values}`,
  oneOfOffered: () => 'Choose one of the values offered',
  numberAtMost: ({ max }) => `Enter a number no larger than ${en.format(max)}`,
  itemsAtMost: ({ max }) => `Give at most ${en.plural(max, 'item', 'items')}`,
  charactersAtMost: ({ max }) =>
    `Shorten this to at most ${en.plural(max, 'character', 'characters')}`,
  tooLarge: () => 'This is too large',
  numberAtLeast: ({ min }) => `Enter a number of at least ${en.format(min)}`,
  itemsAtLeast: ({ min }) => `Give at least ${en.plural(min, 'item', 'items')}`,
  fillIn: () => 'Fill this in',
  charactersAtLeast: ({ min }) => `Use at least ${en.plural(min, 'character', 'characters')}`,
  tooSmall: () => 'This is too small',
  email: () => 'Enter an email address such as name@example.org',
  id: () => 'This is not a valid id',
  dateTime: () => 'Enter a date and time such as 2026-03-14T21:30:00Z',
  localDateTime: () => 'Enter a date and time such as 2026-03-14T21:30',
  date: () => 'Enter a date such as 2026-03-14',
  time: () => 'Enter a time such as 21:30',
  webAddress: () => 'Enter a full web address, such as https://example.org/page',
  format: () => 'This is not in the form expected here',
  multipleOf: ({ divisor }) => `Enter a multiple of ${en.format(divisor)}`,
  unknownFields: ({ keys }) => `Remove ${keys}: not a field this takes`,
  kindOffered: () => 'Choose one of the kinds offered here',
  noFormMatches: () => 'This does not match any of the forms accepted here',
  badEntry: () => 'This holds an entry that is not accepted',
  notAccepted: () => 'This value is not accepted',
  oneLine: () => 'Keep this on one line: remove the line break or tab',
  controlCharacter: ({ character }) => `Remove the invisible control character (${character})`,
  brokenCharacter: () =>
    'Remove the broken character: part of an emoji or symbol was lost when this text was copied',
  closingReason: () => 'Choose a closing reason to close a case',
  timeZone: () => 'Choose a time zone such as Europe/Paris',
  closesAfterOpens: () => 'Choose a closing time later than the opening time',
  timeOfDay: () => 'Enter a time such as 09:30',
  countryCode: () => 'Use the two-letter country code, such as IE or US',
  domainName: () => 'Enter a domain name, such as helpline.example.org',
  dkimSelector: () => 'Use letters, digits, dots, dashes or underscores, such as cairn2026',
  reportEmail: () => 'Enter the email address that takes reports, such as abuse@example.org',
  reportWebForm: () =>
    'Enter the full web address of the report form, such as https://example.org/report',
  pemKey: () => 'Paste a private key in PEM format (BEGIN PRIVATE KEY)',
  signingKeyKind: () => 'Use an RSA key of 2048 bits or more, or an Ed25519 key',
  templateMarkers: () => 'The template markers do not match: close each {{#…}} with its {{/…}}',
  templateTwoBraces: ({ name }) =>
    `Write {{${name}}} with two braces: every value is written as plain text`,
  templatePartial: ({ name }) => `Templates cannot include other templates ({{> ${name}}})`,
  templateDelimiters: () => 'Templates cannot change the {{ }} markers',
  templateNotList: ({ name }) =>
    `{{#${name}}} is not a list: only {{#urls}} and {{#evidence}} can repeat text`,
  templateUnknownInList: ({ name, list, fields }) =>
    `{{${name}}} is not known inside {{#${list}}}: use ${fields}`,
  templateUnknownValue: ({ name }) => `{{${name}}} is not a value templates can use`,
  subjectOneLine: () => 'The subject is one line: lists belong in the body',
  templateMissingElement: ({ value, ...element }) =>
    `This notice must show ${noticeElementPhrase(element, 'en')}: add {{${
      value === 'urls' ? '#urls}}{{url}}{{/urls' : value
    }}}`,
  missingElement: (params) => `The notice needs ${noticeElementPhrase(params, 'en')}`,
  assigneesAmongStaff: () => 'Choose assignees among the staff of this organisation',
  consentEndsAfterGiven: () => 'The end must come after the day the consent was given',
  nonexistentLocalTime: () =>
    'This date and time does not exist in this time zone: check the day and the hour',
  incidentOnCase: () => 'Choose one of the incidents recorded on this case',
  incidentInFuture: () => 'An incident cannot be in the future',
  timeWithZone: () => 'Give the time together with its time zone',
  followUpNotPast: () => 'A follow-up date cannot be in the past',
} satisfies Table;

/** Every rule has a sentence in every language: the compiler checks each table is whole. */
type RuleName = keyof typeof ENGLISH;

const FRENCH: Record<RuleName, Sentence> = {
  required: () => 'Ce champ est obligatoire',
  text: () => 'Saisissez du texte ici',
  number: () => 'Saisissez un nombre',
  wholeNumber: () => 'Saisissez un nombre entier',
  trueOrFalse: () => 'Répondez par vrai ou faux',
  list: () => 'Donnez une liste ici',
  group: () => 'Donnez ceci sous forme de groupe de champs',
  kind: () => "Ce n'est pas le type de valeur attendu ici",
  oneOf: ({ values }) => `Choisissez l'une de ces valeurs : ${values}`,
  oneOfOffered: () => "Choisissez l'une des valeurs proposées",
  numberAtMost: ({ max }) => `Saisissez un nombre qui ne dépasse pas ${fr.format(max)}`,
  itemsAtMost: ({ max }) => `Donnez au plus ${fr.plural(max, 'élément', 'éléments')}`,
  charactersAtMost: ({ max }) =>
    `Raccourcissez ce texte à ${fr.plural(max, 'caractère', 'caractères')} au plus`,
  tooLarge: () => 'Cette valeur est trop grande',
  numberAtLeast: ({ min }) => `Saisissez un nombre d'au moins ${fr.format(min)}`,
  itemsAtLeast: ({ min }) => `Donnez au moins ${fr.plural(min, 'élément', 'éléments')}`,
  fillIn: () => 'Remplissez ce champ',
  charactersAtLeast: ({ min }) => `Utilisez au moins ${fr.plural(min, 'caractère', 'caractères')}`,
  tooSmall: () => 'Cette valeur est trop petite',
  email: () => 'Saisissez une adresse e-mail, par exemple nom@exemple.org',
  id: () => "Cet identifiant n'est pas valide",
  dateTime: () => 'Saisissez une date et une heure, par exemple 2026-03-14T21:30:00Z',
  localDateTime: () => 'Saisissez une date et une heure, par exemple 2026-03-14T21:30',
  date: () => 'Saisissez une date, par exemple 2026-03-14',
  time: () => 'Saisissez une heure, par exemple 21:30',
  webAddress: () => 'Saisissez une adresse web complète, par exemple https://exemple.org/page',
  format: () => "Cette valeur n'a pas la forme attendue ici",
  multipleOf: ({ divisor }) => `Saisissez un multiple de ${fr.format(divisor)}`,
  unknownFields: ({ keys }) => `Retirez ${keys} : ce champ n'est pas accepté ici`,
  kindOffered: () => "Choisissez l'un des types proposés ici",
  noFormMatches: () => 'Cette valeur ne correspond à aucune des formes acceptées ici',
  badEntry: () => "Ceci contient une entrée qui n'est pas acceptée",
  notAccepted: () => "Cette valeur n'est pas acceptée",
  oneLine: () => 'Gardez ce texte sur une seule ligne : retirez le saut de ligne ou la tabulation',
  controlCharacter: ({ character }) => `Retirez le caractère de contrôle invisible (${character})`,
  brokenCharacter: () =>
    "Retirez le caractère abîmé : une partie d'un emoji ou d'un symbole s'est perdue lors du copier-coller",
  closingReason: () => 'Choisissez un motif de clôture pour clore un dossier',
  timeZone: () => 'Choisissez un fuseau horaire, par exemple Europe/Paris',
  closesAfterOpens: () => "Choisissez une heure de fermeture postérieure à l'heure d'ouverture",
  timeOfDay: () => 'Saisissez une heure, par exemple 09:30',
  countryCode: () => 'Utilisez le code pays à deux lettres, par exemple IE ou US',
  domainName: () => 'Saisissez un nom de domaine, par exemple ecoute.exemple.org',
  dkimSelector: () =>
    'Utilisez des lettres, des chiffres, des points, des tirets ou des tirets bas, par exemple cairn2026',
  reportEmail: () =>
    "Saisissez l'adresse e-mail qui reçoit les signalements, par exemple abuse@exemple.org",
  reportWebForm: () =>
    "Saisissez l'adresse web complète du formulaire de signalement, par exemple https://exemple.org/signalement",
  pemKey: () => 'Collez une clé privée au format PEM (BEGIN PRIVATE KEY)',
  signingKeyKind: () => "Utilisez une clé RSA d'au moins 2048 bits, ou une clé Ed25519",
  templateMarkers: () =>
    'Les balises du modèle ne correspondent pas : fermez chaque {{#…}} par son {{/…}}',
  templateTwoBraces: ({ name }) =>
    `Écrivez {{${name}}} avec deux accolades : chaque valeur s'écrit en texte brut`,
  templatePartial: ({ name }) => `Un modèle ne peut pas en inclure un autre ({{> ${name}}})`,
  templateDelimiters: () => 'Un modèle ne peut pas changer les balises {{ }}',
  templateNotList: ({ name }) =>
    `{{#${name}}} n'est pas une liste : seuls {{#urls}} et {{#evidence}} peuvent répéter du texte`,
  templateUnknownInList: ({ name, list, fields }) =>
    `{{${name}}} n'est pas connu dans {{#${list}}} : utilisez ${fields}`,
  templateUnknownValue: ({ name }) => `{{${name}}} n'est pas une valeur utilisable dans un modèle`,
  subjectOneLine: () => "L'objet tient sur une ligne : les listes vont dans le texte",
  templateMissingElement: ({ value, ...element }) =>
    `Cette notification doit indiquer ${noticeElementPhrase(element, 'fr')} : ajoutez {{${
      value === 'urls' ? '#urls}}{{url}}{{/urls' : value
    }}}`,
  missingElement: (params) => `Il manque ${noticeElementPhrase(params, 'fr')}`,
  assigneesAmongStaff: () => 'Choisissez les responsables parmi le personnel de cette organisation',
  consentEndsAfterGiven: () => 'La fin doit venir après le jour où le consentement a été donné',
  nonexistentLocalTime: () =>
    "Cette date et cette heure n'existent pas dans ce fuseau horaire : vérifiez le jour et l'heure",
  incidentOnCase: () => "Choisissez l'un des incidents enregistrés dans ce dossier",
  incidentInFuture: () => "Un incident ne peut pas être dans l'avenir",
  timeWithZone: () => "Donnez l'heure avec son fuseau horaire",
  followUpNotPast: () => 'Une date de relance ne peut pas être déjà passée',
};

export const FIELD_MESSAGES: Readonly<Record<FieldLocale, Record<RuleName, Sentence>>> = {
  en: ENGLISH,
  fr: FRENCH,
};

/** The sentence for a rule in a language; a rule no table knows reads as "not accepted". */
export function fieldMessage(rule: FieldRule, locale: FieldLocale): string {
  const table = FIELD_MESSAGES[locale];
  const sentence = (table as Table)[rule.rule] ?? table.notAccepted;
  return sentence(rule.params ?? {});
}

/** The English sentence zod shows for an issue whose schema gives none of its own. */
export function plainMessage(issue: Issue): string | undefined {
  return fieldMessage(fieldRule(issue), 'en');
}

z.config({ customError: plainMessage });
