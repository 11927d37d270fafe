import type { PlatformKind, ReportChannel, TakedownNoticeType } from '@cairn/contracts';

export interface DefaultPlatform {
  name: string;
  kind: PlatformKind;
  reportChannel: ReportChannel;
  reportAddress: string;
  noticeTypes: TakedownNoticeType[];
  sources: Record<string, string>;
  notes: string;
}

const CHECK_ENTITY =
  'Seeded by Cairn from the service’s own help pages. Before relying on it, check the page: forms move. ' +
  'The legal entity (and so the country) depends on where the survivor lives; add it once checked.';

/**
 * The directory each organisation starts with: a few services whose report forms are on
 * their own help pages, each fact with the page it was read from. Modest on purpose:
 * admins add the services their survivors meet, and a wrong address is worse than none.
 */
export const DEFAULT_PLATFORMS: DefaultPlatform[] = [
  {
    name: 'Google (legal removal requests)',
    kind: 'SEARCH_ENGINE',
    reportChannel: 'WEB_FORM',
    reportAddress: 'https://support.google.com/legal/answer/3110420',
    noticeTypes: ['COPYRIGHT_DMCA', 'DSA_NOTICE', 'SEARCH_DELISTING'],
    sources: {
      reportAddress: 'https://support.google.com/legal/answer/3110420',
      noticeTypes: 'https://support.google.com/legal/answer/3110420',
    },
    notes: CHECK_ENTITY,
  },
  {
    name: 'Google Search (intimate images)',
    kind: 'SEARCH_ENGINE',
    reportChannel: 'WEB_FORM',
    reportAddress: 'https://support.google.com/websearch/answer/6302812',
    noticeTypes: ['NCII_REMOVAL', 'SEARCH_DELISTING'],
    sources: {
      reportAddress: 'https://support.google.com/websearch/answer/6302812',
      noticeTypes: 'https://support.google.com/websearch/answer/6302812',
    },
    notes: CHECK_ENTITY,
  },
  {
    name: 'YouTube (copyright)',
    kind: 'SOCIAL_NETWORK',
    reportChannel: 'WEB_FORM',
    reportAddress: 'https://support.google.com/youtube/answer/2807622',
    noticeTypes: ['COPYRIGHT_DMCA'],
    sources: {
      reportAddress: 'https://support.google.com/youtube/answer/2807622',
      noticeTypes: 'https://support.google.com/youtube/answer/2807622',
    },
    notes: CHECK_ENTITY,
  },
  {
    name: 'Microsoft Bing',
    kind: 'SEARCH_ENGINE',
    reportChannel: 'WEB_FORM',
    reportAddress: 'https://www.microsoft.com/en-us/concern/bing',
    noticeTypes: ['SEARCH_DELISTING', 'NCII_REMOVAL'],
    sources: {
      reportAddress: 'https://www.microsoft.com/en-us/concern/bing',
      noticeTypes: 'https://www.microsoft.com/en-us/concern/bing',
    },
    notes: CHECK_ENTITY,
  },
  {
    name: 'X',
    kind: 'SOCIAL_NETWORK',
    reportChannel: 'WEB_FORM',
    reportAddress: 'https://help.x.com/en/forms',
    noticeTypes: ['TOS_REPORT', 'COPYRIGHT_DMCA'],
    sources: {
      reportAddress: 'https://help.x.com/en/forms',
      noticeTypes: 'https://help.x.com/en/forms',
    },
    notes: CHECK_ENTITY,
  },
];
