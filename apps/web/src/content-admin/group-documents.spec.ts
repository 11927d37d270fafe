import type { GuideDocumentSummaryView } from '@cairn/contracts';
import { groupDocuments } from './group-documents';

function summary(path: string, kind: GuideDocumentSummaryView['kind']): GuideDocumentSummaryView {
  return {
    path,
    kind,
    locale: path.split('/')[0] ?? '',
    title: path,
    origin: 'default',
    publishedRevision: null,
    hasDraft: false,
    problemCount: 0,
    updatedAt: null,
  };
}

describe('the guide files by locale and topic', () => {
  it('groups by locale as they come, then topic, lessons before checklists, beginner before advanced', () => {
    const groups = groupDocuments([
      summary('en/online-abuse/respond/advanced/s_deeper.md', 'lesson'),
      summary('fr/online-abuse/respond/beginner/s_first-steps.md', 'lesson'),
      summary('en/online-abuse/respond/beginner/c_cut-off-contact.yml', 'checklist'),
      summary('en/online-abuse/respond/beginner/s_first-steps.md', 'lesson'),
      summary('en/online-abuse/document-evidence/beginner/s_document-evidence.md', 'lesson'),
    ]);
    expect(groups.map((group) => group.locale)).toEqual(['en', 'fr']);
    // The organisation's own language, first from the API, stays first.
    expect(
      groupDocuments([
        summary('fr/online-abuse/respond/beginner/s_first-steps.md', 'lesson'),
        summary('en/online-abuse/respond/advanced/s_deeper.md', 'lesson'),
      ]).map((group) => group.locale),
    ).toEqual(['fr', 'en']);
    const [english] = groups;
    expect(english?.topics.map((topic) => topic.topic)).toEqual(['document-evidence', 'respond']);
    expect(english?.topics[1]?.documents.map((document) => document.path)).toEqual([
      'en/online-abuse/respond/beginner/s_first-steps.md',
      'en/online-abuse/respond/beginner/c_cut-off-contact.yml',
      'en/online-abuse/respond/advanced/s_deeper.md',
    ]);
  });
});
