import type {
  FieldLocale,
  NoticeLocale,
  NoticeType,
  PlatformKind,
  ReportChannel,
} from '@cairn/contracts';

export const NOTICE_TYPE_LABELS: Record<NoticeType, string> = {
  TOS_REPORT: 'Report under the platform’s rules',
  NCII_REMOVAL: 'Intimate images shared without consent',
  COPYRIGHT_DMCA: 'Copyright notice (DMCA, 17 U.S.C. 512)',
  DSA_NOTICE: 'Illegal content notice (EU DSA, Article 16)',
  SEARCH_DELISTING: 'Removal from search results',
  WARNING: 'The one warning to the other party',
  POLICE_COVER: 'Cover letter for a police report',
  FOLLOW_UP: 'Follow-up',
  ESCALATION: 'Escalation',
};

export const PLATFORM_KIND_LABELS: Record<PlatformKind, string> = {
  SOCIAL_NETWORK: 'Social network',
  SEARCH_ENGINE: 'Search engine',
  HOST: 'Host',
  REGISTRAR: 'Domain registrar',
  OTHER: 'Other service',
};

export const CHANNEL_LABELS: Record<ReportChannel, string> = {
  EMAIL: 'Email',
  WEB_FORM: 'Web form',
};

/** The words of the platform directory and the template pages, in one staff language. */
export interface DirectoryLabels {
  noticeTypes: Readonly<Record<NoticeType, string>>;
  platformKinds: Readonly<Record<PlatformKind, string>>;
  channels: Readonly<Record<ReportChannel, string>>;
  /** The languages a notice template is written in, named in the reader's language. */
  noticeLocales: Readonly<Record<NoticeLocale, string>>;
}

export const DIRECTORY_LABELS: Readonly<Record<FieldLocale, DirectoryLabels>> = {
  en: {
    noticeTypes: NOTICE_TYPE_LABELS,
    platformKinds: PLATFORM_KIND_LABELS,
    channels: CHANNEL_LABELS,
    noticeLocales: { en: 'English', fr: 'French' },
  },
  fr: {
    noticeTypes: {
      TOS_REPORT: 'Signalement au titre des règles de la plateforme',
      NCII_REMOVAL: 'Images intimes diffusées sans consentement',
      COPYRIGHT_DMCA: 'Notification pour atteinte au droit d’auteur (DMCA, 17 U.S.C. 512)',
      DSA_NOTICE: 'Notification de contenu illicite (DSA, article 16)',
      SEARCH_DELISTING: 'Déréférencement des résultats de recherche',
      WARNING: 'L’unique avertissement à l’autre partie',
      POLICE_COVER: 'Lettre d’accompagnement d’une plainte',
      FOLLOW_UP: 'Relance',
      ESCALATION: 'Escalade',
    },
    platformKinds: {
      SOCIAL_NETWORK: 'Réseau social',
      SEARCH_ENGINE: 'Moteur de recherche',
      HOST: 'Hébergeur',
      REGISTRAR: 'Bureau d’enregistrement de noms de domaine',
      OTHER: 'Autre service',
    },
    channels: {
      EMAIL: 'E-mail',
      WEB_FORM: 'Formulaire web',
    },
    noticeLocales: { en: 'anglais', fr: 'français' },
  },
};
