import type { FieldLocale } from './messages';
import type { NoticeElementName } from './takedowns';

/**
 * A notice's required elements (REQUIRED_ELEMENTS) as named inside a sentence, in every
 * language the staff pages speak, so a refusal names what is missing in the reader's words.
 */
const ELEMENT_WORDS: Readonly<Record<FieldLocale, Readonly<Record<NoticeElementName, string>>>> = {
  en: {
    urls: 'the addresses (URLs) of the content',
    explanation: 'the explanation of why the content must go',
    copyrightedWork: 'the copyrighted work',
    signature: 'the signature',
    complainantContact: "the complaining party's contact details",
    submitterName: 'the name of the person submitting the notice',
    submitterEmail: 'the email address of the person submitting the notice',
    goodFaith: 'the good-faith statement',
    accuracyUnderPenalty: 'the statement of accuracy and authority, under penalty of perjury',
  },
  fr: {
    urls: 'les adresses (URL) des contenus',
    explanation: 'l’explication de la raison du retrait',
    copyrightedWork: 'l’œuvre protégée',
    signature: 'la signature',
    complainantContact: 'les coordonnées de la partie plaignante',
    submitterName: 'le nom de la personne qui envoie le signalement',
    submitterEmail: 'l’adresse électronique de la personne qui envoie le signalement',
    goodFaith: 'la déclaration de bonne foi',
    accuracyUnderPenalty: 'la déclaration d’exactitude et d’habilitation, sous peine de parjure',
  },
};

/** "DSA Art. 16(2)(c)" as a French reader cites it; the U.S. Code reads the same in both. */
function provisionIn(provision: string, locale: FieldLocale): string {
  const dsa = /^DSA Art\. (\d+)\((\d+)\)\(([a-z])\)$/.exec(provision);
  if (locale === 'fr' && dsa) return `DSA, art. ${dsa[1]}, § ${dsa[2]}, point ${dsa[3]}`;
  return provision;
}

/**
 * A required element with the provision that asks for it: "the signature (17 U.S.C.
 * 512(c)(3)(A)(i))". An element this table does not know is named as sent.
 */
export function noticeElementPhrase(
  { element, provision }: { element?: string | number; provision?: string | number },
  locale: FieldLocale,
): string {
  const name = String(element ?? '');
  const words = (ELEMENT_WORDS[locale] as Record<string, string>)[name] ?? name;
  return provision === undefined ? words : `${words} (${provisionIn(String(provision), locale)})`;
}
