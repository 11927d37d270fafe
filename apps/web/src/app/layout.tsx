import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { headers } from 'next/headers';
import { connection } from 'next/server';
import { DocumentLocaleSync } from '../components/document-locale-sync';
import { documentLocale, PATHNAME_HEADER } from '../i18n/document-locale';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Cairn', template: '%s · Cairn' },
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page renders per request: its scripts carry that request's CSP nonce.
  await connection();
  const { lang, dir } = documentLocale((await headers()).get(PATHNAME_HEADER) ?? '/');
  return (
    <html lang={lang} dir={dir}>
      <body>
        <DocumentLocaleSync />
        {children}
      </body>
    </html>
  );
}
