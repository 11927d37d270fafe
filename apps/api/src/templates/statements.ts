import type { NoticeLocale, NoticeType } from '@cairn/contracts';

/**
 * The sworn and good-faith statements a notice must make, in Cairn's own words. They are
 * shown only when the caseworker confirms them, and templates name them instead of wording
 * them, so a template can neither drop nor soften what the law asks the sender to state.
 */
const GOOD_FAITH: Record<NoticeLocale, Partial<Record<NoticeType, string>>> = {
  en: {
    COPYRIGHT_DMCA:
      'I have a good faith belief that the use of the material described above is not authorized by the copyright owner, its agent, or the law.',
    DSA_NOTICE:
      'I confirm my bona fide belief that the information and allegations in this notice are accurate and complete.',
  },
  fr: {
    COPYRIGHT_DMCA:
      'J’ai la conviction de bonne foi que l’utilisation des contenus décrits ci-dessus n’est autorisée ni par le titulaire des droits d’auteur, ni par son mandataire, ni par la loi.',
    DSA_NOTICE:
      'Je confirme croire de bonne foi que les informations et allégations contenues dans cette notification sont exactes et complètes.',
  },
};

const ACCURACY: Record<NoticeLocale, Partial<Record<NoticeType, string>>> = {
  en: {
    COPYRIGHT_DMCA:
      'The information in this notification is accurate, and under penalty of perjury, I am authorized to act on behalf of the owner of an exclusive right that is allegedly infringed.',
  },
  fr: {
    COPYRIGHT_DMCA:
      'Les informations de cette notification sont exactes et, sous peine de parjure, je suis autorisé·e à agir au nom du titulaire d’un droit exclusif prétendument enfreint.',
  },
};

export function goodFaithStatement(type: NoticeType, locale: NoticeLocale): string | undefined {
  return GOOD_FAITH[locale][type];
}

export function accuracyStatement(type: NoticeType, locale: NoticeLocale): string | undefined {
  return ACCURACY[locale][type];
}
