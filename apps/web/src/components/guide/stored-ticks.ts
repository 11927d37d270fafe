// Ticks live in this browser's localStorage, and only after the reader asks for it. A
// checklist's id is the same in every language, so ticks follow a change of language.
const PREFIX = 'cairn.guide.ticks.';
const listeners = new Set<() => void>();

function key(checklist: string): string {
  return `${PREFIX}${checklist}`;
}

function notify(): void {
  for (const listener of listeners) listener();
}

/** For useSyncExternalStore: changes made here, and in this site's other tabs. */
export function subscribeToTicks(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

/** The stored ticks as saved, or null when the reader has not chosen to keep them. */
export function readStoredTicks(checklist: string): string | null {
  try {
    return window.localStorage.getItem(key(checklist));
  } catch {
    // Storage refused (private mode, a blocked site): nothing is remembered.
    return null;
  }
}

export function parseTicks(stored: string | null): string[] {
  if (!stored) return [];
  try {
    const value: unknown = JSON.parse(stored);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

export function storeTicks(checklist: string, ticks: readonly string[]): void {
  try {
    window.localStorage.setItem(key(checklist), JSON.stringify(ticks));
  } catch {
    // Nothing to do: the ticks stay on screen for this visit only.
  }
  notify();
}

export function forgetStoredTicks(checklist: string): void {
  try {
    window.localStorage.removeItem(key(checklist));
  } catch {
    // Nothing was stored.
  }
  notify();
}
