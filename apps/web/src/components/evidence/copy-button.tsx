'use client';

import { useState, useSyncExternalStore } from 'react';

const noSubscription = () => () => undefined;

/**
 * Copies a text (a hash) to the clipboard. Drawn only once JavaScript runs: without it the
 * text beside it is plain, selectable text.
 */
export function CopyButton({
  text,
  label,
  done,
  describedBy,
}: {
  text: string;
  label: string;
  done: string;
  describedBy?: string;
}) {
  // False on the server and in the first paint; true once in a browser with a clipboard.
  const ready = useSyncExternalStore(
    noSubscription,
    () => Boolean(navigator.clipboard),
    () => false,
  );
  const [copied, setCopied] = useState(false);
  if (!ready) return null;
  return (
    <>
      <button
        type="button"
        className="secondary"
        aria-describedby={describedBy}
        onClick={() => {
          void navigator.clipboard.writeText(text).then(() => setCopied(true));
        }}
      >
        {label}
      </button>{' '}
      <span role="status">{copied ? done : ''}</span>
    </>
  );
}
