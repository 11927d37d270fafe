import type { Place } from '@cairn/content';
import { categoryName } from '../../i18n/messages';
import { checklist } from '../html/checklist';
import { findHelp } from '../html/find-help';
import { guideNav } from '../html/guide-nav';
import { html, trusted } from '../html/html';
import { lessonAnchor } from '../paths';
import { renderLessonHtml } from '../render-markdown';
import { checklistsOf, lessonsOf, levelsOf, topicTitle, workflowsOf } from '../topics';
import type { PageContent, PageContext } from './page';

/** A topic at one level: its lessons in order, then its checklists; undefined when it has none. */
export function levelPage(context: PageContext, place: Place): PageContent | undefined {
  const { site, locale, messages } = context;
  const { guide, paths } = site;
  const lessons = lessonsOf(guide, place);
  if (lessons.length === 0) return undefined;
  const { category, topic, level } = place;
  const title = topicTitle(guide, locale, category, topic);
  const checklists = checklistsOf(guide, place);
  const workflows = workflowsOf(guide, place);
  const levels = levelsOf(guide, locale, category, topic);
  const resolveGuideLink = (href: string) =>
    paths.umbrella(href, locale, (c, t) => levelsOf(guide, locale, c, t)[0]);

  return {
    title,
    indexable: true,
    body: html`${guideNav(
        messages,
        [
          { label: messages.guide, href: paths.root },
          { label: categoryName(messages, category), href: paths.locale(locale) },
          { label: title },
        ],
        guide.locales
          .filter((other) => other !== locale)
          .map((other) => {
            const same = { ...place, locale: other };
            const taught = lessonsOf(guide, same).length > 0;
            return { locale: other, href: taught ? paths.level(same) : paths.locale(other) };
          }),
      )}
      <h1>${title}</h1>
      <p class="guide-level">${messages.levels[level]}</p>
      ${
        levels.length > 1 &&
        html`<ul class="guide-levels">
          ${levels.map(
            (other) =>
              html`<li>
                ${
                  other === level
                    ? html`<span aria-current="page">${messages.levels[other]}</span>`
                    : html`<a href="${paths.level({ ...place, level: other })}"
                        >${messages.levels[other]}</a
                      >`
                }
              </li>`,
          )}
        </ul>`
      }
      ${
        lessons.length + checklists.length > 1 &&
        html`<nav class="guide-toc" aria-label="${messages.lessonsOfLevel}">
          <ol>
            ${lessons.map(
              (lesson) => html`<li><a href="#${lessonAnchor(lesson.id)}">${lesson.title}</a></li>`,
            )}
            ${checklists.map(
              (list) => html`<li><a href="#checklist-${list.id}">${messages.checklist}</a></li>`,
            )}
          </ol>
        </nav>`
      }
      ${lessons.map((lesson) => {
        const anchor = lessonAnchor(lesson.id);
        return html`<article id="${anchor}" class="guide-lesson" aria-labelledby="${anchor}-title">
          <h2 id="${anchor}-title">${lesson.title}</h2>
          ${
            // Rendered with raw HTML off and images off: safe as it is.
            trusted(renderLessonHtml(lesson.body, { headingOffset: 2, resolveGuideLink }))
          }
        </article>`;
      })}
      ${workflows.length > 0 && findHelp(context, workflows)}
      ${checklists.map(
        (list) =>
          html`<section
            id="checklist-${list.id}"
            class="guide-checklist-section"
            aria-labelledby="checklist-${list.id}-title"
          >
            <h2 id="checklist-${list.id}-title">${messages.checklist}</h2>
            <p>${messages.checklistIntro}</p>
            ${checklist(list, messages, resolveGuideLink)}
          </section>`,
      )}
      <p class="guide-search-link">
        <a href="${paths.search(locale)}">${messages.searchLabel}</a>
      </p>`,
  };
}
