'use client';

import { useEffect, type MouseEvent } from 'react';

/** A site that looks unremarkable in someone's browser history. */
const NEUTRAL_SITE = 'https://www.bbc.com/weather';

// replace(), not a normal navigation: Back must not bring this page back.
function leave(): void {
  window.location.replace(NEUTRAL_SITE);
}

/**
 * Leaves for a neutral site at once, by click or Escape key. Without JavaScript the
 * link still goes there, only without erasing this page from history.
 */
export function QuickExit() {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') leave();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    leave();
  };

  return (
    <a className="quick-exit" href={NEUTRAL_SITE} rel="noreferrer" onClick={onClick}>
      Quick exit <span className="quick-exit-hint">(or press Esc)</span>
    </a>
  );
}
