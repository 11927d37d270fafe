'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

/**
 * Keeps a page that shows work under way up to date. With JavaScript the page's data is
 * fetched again in place every few seconds (its `role="status"` announces the change, and
 * nothing moves the reader or the focus); without it, the browser reloads the whole page,
 * which a `<meta>` refresh inside `<noscript>` asks of it only when scripts are off.
 */
export function RefreshWhileUnderway({ seconds }: { seconds: number }) {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), seconds * 1000);
    return () => clearInterval(timer);
  }, [router, seconds]);
  return (
    <noscript>
      <meta httpEquiv="refresh" content={String(seconds)} />
    </noscript>
  );
}
