import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { getGuide } from '../../../../guide/guide';
import { textDirection } from '../../../../i18n/direction';

/**
 * A language's part of the guide. The root layout sets <html lang dir> from the path;
 * the wrapper repeats them for the guide's own styles.
 */
export default async function GuideLocaleLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  const guide = await getGuide();
  if (!guide.locales.includes(locale)) notFound();
  const dir = textDirection(locale);
  return (
    <div className="guide" lang={locale} dir={dir}>
      {children}
    </div>
  );
}
