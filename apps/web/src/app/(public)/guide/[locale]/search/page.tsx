import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { GuideNav } from '../../../../../components/guide/guide-nav';
import { GuideSearchForm } from '../../../../../components/guide/search-form';
import { getGuide } from '../../../../../guide/guide';
import {
  GUIDE_ROOT,
  lessonAnchor,
  levelHref,
  localeHref,
  searchHref,
} from '../../../../../guide/paths';
import { MAX_QUERY_LENGTH, searchLessons } from '../../../../../guide/search';
import { topicTitle } from '../../../../../guide/topics';
import { messagesFor } from '../../../../../i18n/messages';

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ q?: string | string[] }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  // A reader's query stays out of search engines, like the page's headers say too.
  return { title: messagesFor(locale).searchTitle, robots: { index: false, follow: true } };
}

/** Search over one language's lessons, on the server, so it works without JavaScript. */
export default async function GuideSearchPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const { q } = await searchParams;
  const guide = await getGuide();
  if (!guide.locales.includes(locale)) notFound();
  const messages = messagesFor(locale);
  const query = (Array.isArray(q) ? q[0] : q)?.trim().slice(0, MAX_QUERY_LENGTH) ?? '';
  const hits = query
    ? searchLessons(
        guide.lessons.filter((lesson) => lesson.locale === locale),
        query,
      )
    : [];

  return (
    <>
      <GuideNav
        messages={messages}
        crumbs={[
          { label: messages.guide, href: GUIDE_ROOT },
          { label: messages.topicsTitle, href: localeHref(locale) },
          { label: messages.searchTitle },
        ]}
        languages={guide.locales
          .filter((other) => other !== locale)
          .map((other) => ({ locale: other, href: searchHref(other, query) }))}
      />
      <h1>{messages.searchTitle}</h1>
      <GuideSearchForm locale={locale} messages={messages} query={query} />
      {query && (
        <section aria-labelledby="guide-search-results">
          <h2 id="guide-search-results">
            {hits.length > 0
              ? messages.searchResults(hits.length, query)
              : messages.searchNone(query)}
          </h2>
          <ol className="guide-results">
            {hits.map(({ lesson, snippet }) => (
              <li key={`${lesson.category}/${lesson.topic}/${lesson.level}/${lesson.id}`}>
                <Link href={`${levelHref(lesson)}#${lessonAnchor(lesson.id)}`} prefetch={false}>
                  {lesson.title}
                </Link>
                <p className="hint">
                  {topicTitle(guide, locale, lesson.category, lesson.topic)} ·{' '}
                  {messages.levels[lesson.level]}
                </p>
                <p>
                  {snippet.before}
                  {snippet.match && <mark>{snippet.match}</mark>}
                  {snippet.after}
                </p>
              </li>
            ))}
          </ol>
        </section>
      )}
    </>
  );
}
