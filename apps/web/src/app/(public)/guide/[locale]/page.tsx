import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { GuideNav } from '../../../../components/guide/guide-nav';
import { GuideSearchForm } from '../../../../components/guide/search-form';
import { getGuide } from '../../../../guide/guide';
import { GUIDE_ROOT, levelHref, localeHref } from '../../../../guide/paths';
import { topicTitle } from '../../../../guide/topics';
import { categoryName, messagesFor } from '../../../../i18n/messages';

interface Props {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: messagesFor(locale).topicsTitle };
}

/** The topics of one language, by category, each with the levels it is taught at. */
export default async function GuideTopicsPage({ params }: Props) {
  const { locale } = await params;
  const guide = await getGuide();
  if (!guide.locales.includes(locale)) notFound();
  const messages = messagesFor(locale);
  const topics = guide.listTopics(locale);
  const categories = [...new Set(topics.map((t) => t.category))];

  return (
    <>
      <GuideNav
        messages={messages}
        crumbs={[{ label: messages.guide, href: GUIDE_ROOT }, { label: messages.topicsTitle }]}
        languages={guide.locales
          .filter((other) => other !== locale)
          .map((other) => ({ locale: other, href: localeHref(other) }))}
      />
      <h1>{messages.topicsTitle}</h1>
      <p>{messages.topicsIntro}</p>
      <GuideSearchForm locale={locale} messages={messages} />
      {categories.map((category) => (
        <section key={category} aria-labelledby={`category-${category}`}>
          <h2 id={`category-${category}`}>{categoryName(messages, category)}</h2>
          <ul className="guide-topics">
            {topics
              .filter((t) => t.category === category)
              .map(({ topic, levels }) => (
                <li key={topic}>
                  <Link
                    href={levelHref({ locale, category, topic, level: levels[0] ?? 'beginner' })}
                    prefetch={false}
                  >
                    {topicTitle(guide, locale, category, topic)}
                  </Link>
                  {levels.length > 1 && (
                    <ul className="guide-levels">
                      {levels.map((level) => (
                        <li key={level}>
                          <Link
                            href={levelHref({ locale, category, topic, level })}
                            prefetch={false}
                          >
                            {messages.levels[level]}
                          </Link>
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
          </ul>
        </section>
      ))}
    </>
  );
}
