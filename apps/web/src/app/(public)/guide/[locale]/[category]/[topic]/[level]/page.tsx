import type { Place } from '@cairn/content';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { GuideChecklist } from '../../../../../../../components/guide/checklist';
import { GuideNav } from '../../../../../../../components/guide/guide-nav';
import { getGuide } from '../../../../../../../guide/guide';
import {
  GUIDE_ROOT,
  lessonAnchor,
  levelHref,
  localeHref,
  searchHref,
  umbrellaHref,
} from '../../../../../../../guide/paths';
import { renderLessonHtml } from '../../../../../../../guide/render-markdown';
import {
  checklistsOf,
  isLevel,
  lessonsOf,
  levelsOf,
  topicTitle,
} from '../../../../../../../guide/topics';
import { categoryName, messagesFor } from '../../../../../../../i18n/messages';

interface Props {
  params: Promise<{ locale: string; category: string; topic: string; level: string }>;
}

async function placeOf(params: Props['params']) {
  const { locale, category, topic, level } = await params;
  const guide = await getGuide();
  if (!isLevel(level)) notFound();
  const place: Place = { locale, category, topic, level };
  const lessons = lessonsOf(guide, place);
  if (lessons.length === 0) notFound();
  return { guide, place, lessons };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { guide, place } = await placeOf(params);
  return { title: topicTitle(guide, place.locale, place.category, place.topic) };
}

/** A topic at one level: its lessons in order, then its checklists. */
export default async function GuideLevelPage({ params }: Props) {
  const { guide, place, lessons } = await placeOf(params);
  const { locale, category, topic, level } = place;
  const messages = messagesFor(locale);
  const title = topicTitle(guide, locale, category, topic);
  const checklists = checklistsOf(guide, place);
  const levels = levelsOf(guide, locale, category, topic);
  const resolveGuideLink = (href: string) =>
    umbrellaHref(href, locale, (c, t) => levelsOf(guide, locale, c, t)[0]);

  return (
    <>
      <GuideNav
        messages={messages}
        crumbs={[
          { label: messages.guide, href: GUIDE_ROOT },
          { label: categoryName(messages, category), href: localeHref(locale) },
          { label: title },
        ]}
        languages={guide.locales
          .filter((other) => other !== locale)
          .map((other) => {
            const same = { ...place, locale: other };
            const taught = lessonsOf(guide, same).length > 0;
            return { locale: other, href: taught ? levelHref(same) : localeHref(other) };
          })}
      />
      <h1>{title}</h1>
      <p className="guide-level">{messages.levels[level]}</p>
      {levels.length > 1 && (
        <ul className="guide-levels">
          {levels.map((other) => (
            <li key={other}>
              {other === level ? (
                <span aria-current="page">{messages.levels[other]}</span>
              ) : (
                <Link href={levelHref({ ...place, level: other })} prefetch={false}>
                  {messages.levels[other]}
                </Link>
              )}
            </li>
          ))}
        </ul>
      )}
      {lessons.length + checklists.length > 1 && (
        <nav className="guide-toc" aria-label={messages.lessonsOfLevel}>
          <ol>
            {lessons.map((lesson) => (
              <li key={lesson.id}>
                <a href={`#${lessonAnchor(lesson.id)}`}>{lesson.title}</a>
              </li>
            ))}
            {checklists.map((checklist) => (
              <li key={checklist.id}>
                <a href={`#checklist-${checklist.id}`}>{messages.checklist}</a>
              </li>
            ))}
          </ol>
        </nav>
      )}
      {lessons.map((lesson) => (
        <article
          key={lesson.id}
          id={lessonAnchor(lesson.id)}
          className="guide-lesson"
          aria-labelledby={`${lessonAnchor(lesson.id)}-title`}
        >
          <h2 id={`${lessonAnchor(lesson.id)}-title`}>{lesson.title}</h2>
          <div
            // Rendered on the server with raw HTML off and images off: safe as it is.
            dangerouslySetInnerHTML={{
              __html: renderLessonHtml(lesson.body, { headingOffset: 2, resolveGuideLink }),
            }}
          />
        </article>
      ))}
      {checklists.map((checklist) => (
        <section
          key={checklist.id}
          id={`checklist-${checklist.id}`}
          className="guide-checklist-section"
          aria-labelledby={`checklist-${checklist.id}-title`}
        >
          <h2 id={`checklist-${checklist.id}-title`}>{messages.checklist}</h2>
          <p>{messages.checklistIntro}</p>
          <GuideChecklist
            id={checklist.id}
            items={checklist.items}
            strings={{
              rememberTicks: messages.rememberTicks,
              rememberHint: messages.rememberHint,
              forgetTicks: messages.forgetTicks,
              ticksForgotten: messages.ticksForgotten,
            }}
          />
        </section>
      ))}
      <p className="guide-search-link">
        <Link href={searchHref(locale)} prefetch={false}>
          {messages.searchLabel}
        </Link>
      </p>
    </>
  );
}
