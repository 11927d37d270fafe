import type { Workflow } from '@cairn/content';
import type { PageContext } from '../pages/page';
import { html, type Html } from './html';

/** The way to help, put where a reader cannot miss it: the help workflows, then every helpline. */
export function findHelp({ site, locale, messages }: PageContext, workflows: Workflow[]): Html {
  return html`<section class="guide-find-help" aria-labelledby="find-help">
    <h2 id="find-help">${messages.findHelp}</h2>
    <p>${messages.findHelpIntro}</p>
    ${
      workflows.length > 0 &&
      html`<ul>
        ${workflows.map(
          (workflow) =>
            html`<li>
              <a href="${site.paths.workflow(locale, workflow.id)}">${workflow.title}</a>
            </li>`,
        )}
      </ul>`
    }
    <p><a href="${site.paths.helplines(locale)}">${messages.allHelplines}</a></p>
  </section>`;
}
