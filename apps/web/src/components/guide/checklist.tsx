'use client';

import { useState, useSyncExternalStore } from 'react';
import type { ChecklistItem } from '@cairn/content';
import {
  forgetStoredTicks,
  parseTicks,
  readStoredTicks,
  storeTicks,
  subscribeToTicks,
} from './stored-ticks';

export interface ChecklistStrings {
  rememberTicks: string;
  rememberHint: string;
  forgetTicks: string;
  ticksForgotten: string;
}

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

const noSubscription = () => () => {};

/**
 * A checklist of real checkboxes. Ticks stay on screen for this visit; they are kept in this
 * browser only once the reader asks, and forgotten when they say so. Without JavaScript it
 * is the same list, without the remembering.
 */
export function GuideChecklist({
  id,
  items,
  strings,
}: {
  id: string;
  items: readonly ChecklistItem[];
  strings: ChecklistStrings;
}) {
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const stored = useSyncExternalStore(
    subscribeToTicks,
    () => readStoredTicks(id),
    () => null,
  );
  const remembered = stored !== null;
  const [visitTicks, setVisitTicks] = useState<string[]>([]);
  const [forgotten, setForgotten] = useState(false);
  const ticks = remembered ? parseTicks(stored) : visitTicks;

  const setTicks = (next: string[]) => {
    setForgotten(false);
    if (remembered) storeTicks(id, next);
    else setVisitTicks(next);
  };
  const toggle = (step: string, checked: boolean) =>
    setTicks(
      checked ? [...ticks.filter((t) => t !== step), step] : ticks.filter((t) => t !== step),
    );
  const remember = (checked: boolean) => {
    setForgotten(false);
    setVisitTicks(ticks);
    if (checked) storeTicks(id, ticks);
    else forgetStoredTicks(id);
  };
  const forget = () => {
    forgetStoredTicks(id);
    setVisitTicks([]);
    setForgotten(true);
  };

  return (
    <div className="guide-checklist">
      {groupsOf(items).map((group, index) => (
        <div key={group.label ?? index}>
          {group.label && <h3>{group.label}</h3>}
          <ul>
            {group.steps.map((step) => (
              <li key={step.id}>
                <label>
                  <input
                    type="checkbox"
                    name={step.id}
                    checked={ticks.includes(step.id)}
                    onChange={(event) => toggle(step.id, event.target.checked)}
                  />{' '}
                  {step.check}
                </label>
              </li>
            ))}
          </ul>
        </div>
      ))}
      {hydrated && (
        <div className="guide-ticks">
          <label>
            <input
              type="checkbox"
              checked={remembered}
              aria-describedby={`${id}-remember-hint`}
              onChange={(event) => remember(event.target.checked)}
            />{' '}
            {strings.rememberTicks}
          </label>
          <p className="hint" id={`${id}-remember-hint`}>
            {strings.rememberHint}
          </p>
          <button type="button" className="secondary" onClick={forget}>
            {strings.forgetTicks}
          </button>
          <p role="status">{forgotten ? strings.ticksForgotten : ''}</p>
        </div>
      )}
    </div>
  );
}
