import type { WorkflowAnswer } from '@cairn/content';
import { guideNav } from '../html/guide-nav';
import { html, type Html } from '../html/html';
import { levelsOf } from '../topics';
import type { PageContent, PageContext } from './page';

/**
 * One question of a help workflow. Every answer is a plain link (to the next question, to a
 * lesson, or to the helplines that fit), so the workflow works without JavaScript and a
 * reader's answers are kept nowhere but in their own history. Undefined for an unknown
 * workflow or question.
 */
export function workflowPage(
  context: PageContext,
  workflowId: string,
  nodeId: string | undefined,
  /** The organisation's own contact form, offered beside every answer that leads to helplines. */
  intakeForm?: { href: string; title: string },
): PageContent | undefined {
  const { site, locale, messages } = context;
  const { guide, paths } = site;
  const workflow = guide.getWorkflow(locale, workflowId);
  const node = workflow?.nodes.find((candidate) => candidate.id === (nodeId ?? workflow.start));
  if (!workflow || !node) return undefined;
  const atStart = node.id === workflow.start;

  const answerHref = (answer: WorkflowAnswer): string | undefined => {
    if ('next' in answer)
      return paths.workflow(
        locale,
        workflow.id,
        answer.next === workflow.start ? undefined : answer.next,
      );
    if ('lesson' in answer)
      return paths.umbrella(answer.lesson, locale, (c, t) => levelsOf(guide, locale, c, t)[0]);
    return paths.helplines(locale, {
      service: answer.helplines.service,
      urgent: answer.helplines.urgent,
    });
  };
  const answerItem = (answer: WorkflowAnswer): Html => {
    const href = answerHref(answer);
    return html`<li>
      ${href ? html`<a href="${href}">${answer.label}</a>` : html`<p>${answer.label}</p>`}
      ${answer.hint && html`<p class="hint">${answer.hint}</p>`}
      ${
        'helplines' in answer &&
        intakeForm &&
        html`<p class="hint">
          ${messages.orWriteToUs} <a href="${intakeForm.href}">${intakeForm.title}</a>
        </p>`
      }
    </li>`;
  };

  return {
    title: atStart ? workflow.title : `${node.question} · ${workflow.title}`,
    indexable: true,
    body: html`${guideNav(
        messages,
        [
          { label: messages.guide, href: paths.root },
          { label: messages.topicsTitle, href: paths.locale(locale) },
          { label: workflow.title },
        ],
        guide.locales
          .filter((other) => other !== locale)
          .map((other) => {
            const same = guide.getWorkflow(other, workflow.id);
            const known = same?.nodes.some((candidate) => candidate.id === node.id);
            return {
              locale: other,
              href: known
                ? paths.workflow(other, workflow.id, atStart ? undefined : node.id)
                : paths.locale(other),
            };
          }),
      )}
      <h1>${workflow.title}</h1>
      ${atStart && workflow.intro && html`<p>${workflow.intro}</p>`}
      <section class="guide-question" aria-labelledby="question">
        <h2 id="question">${node.question}</h2>
        ${node.hint && html`<p class="hint">${node.hint}</p>`}
        <ul class="guide-answers" aria-label="${messages.answers}">
          ${node.answers.map(answerItem)}
        </ul>
      </section>
      ${
        !atStart &&
        html`<p><a href="${paths.workflow(locale, workflow.id)}">${messages.startAgain}</a></p>`
      }
      <p><a href="${paths.helplines(locale)}">${messages.allHelplines}</a></p>`,
  };
}
