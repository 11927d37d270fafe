import type { GuideDocumentSummaryView } from '@cairn/contracts';
import { placeOf } from './document-paths';

export interface TopicGroup {
  /** `category/topic`, as lessons link to it. */
  key: string;
  category: string;
  topic: string;
  documents: GuideDocumentSummaryView[];
}

export interface LocaleGroup {
  locale: string;
  topics: TopicGroup[];
}

const LEVEL_ORDER = ['beginner', 'advanced', 'expert'];
const KIND_ORDER = ['workflow', 'lesson', 'checklist', 'form'];

function rank(order: string[], value: string): number {
  const index = order.indexOf(value);
  return index === -1 ? order.length : index;
}

/**
 * The guide's files by locale, in the order they come (the API puts the organisation's own
 * language first), then topic; within a topic, by level, then lessons before checklists and
 * forms, then by path. A file whose path has no place goes under its locale.
 */
export function groupDocuments(documents: readonly GuideDocumentSummaryView[]): LocaleGroup[] {
  const locales = new Map<string, Map<string, TopicGroup>>();
  for (const document of documents) {
    const place = placeOf(document.path);
    const category = place?.category ?? '';
    const topic = place?.topic ?? '';
    const key = `${category}/${topic}`;
    const topics = locales.get(document.locale) ?? new Map<string, TopicGroup>();
    locales.set(document.locale, topics);
    const group = topics.get(key) ?? { key, category, topic, documents: [] };
    topics.set(key, group);
    group.documents.push(document);
  }

  const levelOf = (path: string) => rank(LEVEL_ORDER, placeOf(path)?.level ?? '');
  return [...locales.entries()].map(([locale, topics]) => ({
    locale,
    topics: [...topics.values()]
      .sort((a, b) => a.key.localeCompare(b.key))
      .map((group) => ({
        ...group,
        documents: [...group.documents].sort(
          (a, b) =>
            levelOf(a.path) - levelOf(b.path) ||
            rank(KIND_ORDER, a.kind) - rank(KIND_ORDER, b.kind) ||
            a.path.localeCompare(b.path),
        ),
      })),
  }));
}
