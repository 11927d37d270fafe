import type { ReactNode } from 'react';
import { QuickExit } from '../../components/quick-exit';

/** Pages for survivors: no cookies, nothing from other hosts, a way out at any moment. */
export default function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <header className="public-header">
        <span className="brand">Cairn</span>
        <QuickExit />
      </header>
      <main className="page">{children}</main>
    </>
  );
}
