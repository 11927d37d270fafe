import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { connection } from 'next/server';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Cairn', template: '%s · Cairn' },
};

/**
 * The pages Next renders (home, sign-in, staff) are in English. The guides, in every
 * language, are plain HTML answered by the proxy and set their own `<html lang dir>`.
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page renders per request: its scripts carry that request's CSP nonce.
  await connection();
  return (
    <html lang="en" dir="ltr">
      <body>{children}</body>
    </html>
  );
}
