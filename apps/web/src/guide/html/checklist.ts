import type { Checklist, ChecklistItem } from '@cairn/content';
import type { Messages } from '../../i18n/messages';
import { renderInlineHtml } from '../render-markdown';
import { html, trusted, type Html } from './html';

interface Group {
  label?: string;
  steps: { id: string; check: string }[];
}

function groupsOf(items: readonly ChecklistItem[]): Group[] {
  const groups: Group[] = [];
  for (const item of items) {
    if ('label' in item) groups.push({ label: item.label, steps: [] });
    else {
      if (groups.length === 0) groups.push({ steps: [] });
      groups[groups.length - 1]?.steps.push(item);
    }
  }
  return groups;
}

/**
 * Where a reader's kept ticks are filed. Guides written for Umbrella name every level's
 * checklist `c_checklist.yml`, so the id alone would mix up the ticks of different topics;
 * the locale is left out so that ticks survive a switch of language (step ids are the
 * same in every locale).
 */
export function ticksKey({ category, topic, level, id }: Checklist): string {
  return [category, topic, level, id].filter((part) => part !== undefined).join('/');
}

/**
 * A checklist of real checkboxes, ticked for this visit only: `autocomplete="off"` keeps the
 * browser from restoring ticks on its own. The controls to keep ticks on the device stay
 * hidden until the guide's script shows them, since only it can keep them. A step's Markdown
 * (its links above all) is rendered as a lesson's is.
 */
export function checklist(
  list: Checklist,
  messages: Messages,
  resolveGuideLink: (href: string) => string | undefined,
): Html {
  const { id, items } = list;
  const hint = `${id}-remember-hint`;
  return html`<div class="guide-checklist" data-checklist="${ticksKey(list)}">
    ${groupsOf(items).map(
      (group) =>
        html`<div>
          ${group.label && html`<h3>${group.label}</h3>`}
          <ul>
            ${group.steps.map(
              (step) =>
                html`<li>
                  <label
                    ><input type="checkbox" name="${step.id}" autocomplete="off" data-step />
                    ${trusted(renderInlineHtml(step.check, resolveGuideLink))}</label
                  >
                </li>`,
            )}
          </ul>
        </div>`,
    )}
    <div class="guide-ticks" hidden>
      <label
        ><input type="checkbox" autocomplete="off" aria-describedby="${hint}" data-remember />
        ${messages.rememberTicks}</label
      >
      <p class="hint" id="${hint}">${messages.rememberHint}</p>
      <button type="button" class="secondary" data-forget>${messages.forgetTicks}</button>
      <p role="status" data-done="${messages.ticksForgotten}"></p>
    </div>
  </div>`;
}
