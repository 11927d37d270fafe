import type { Metadata } from 'next';
import { z } from 'zod';
import { roleAllows, type FieldLocale } from '@cairn/contracts';
import { sessionApiToken } from '../../../../auth/session-token';
import { ContentTabs } from '../../../../components/content-admin/content-tabs';
import { ImportForm } from '../../../../components/content-admin/import-form';
import { ContentNotAllowed } from '../../../../components/content-admin/not-allowed';
import { readImport } from '../../../../content-admin/import-archive';
import { IMPORT_MESSAGES } from '../../../../content-admin/import-messages';
import { lastImportReport } from '../../../../content-admin/import-report';
import { INITIAL_IMPORT_STATE, type ImportState } from '../../../../content-admin/import-state';
import { CONTENT_MESSAGES } from '../../../../content-admin/content-messages';
import { staffLocale } from '../../../../forms/staff-locale';
import { currentStaff } from '../../../../staff/current-staff';

export async function generateMetadata(): Promise<Metadata> {
  return { title: CONTENT_MESSAGES[await staffLocale()].importTitle };
}

/** Seconds between reloads of the page while an import runs, for browsers without JavaScript. */
const RELOAD_SECONDS = 2;

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function ImportGuidePage({ searchParams }: Props) {
  // Layouts and pages render in parallel: each staff page checks the session itself.
  const [me, locale] = await Promise.all([currentStaff(), staffLocale()]);
  const words = CONTENT_MESSAGES[locale];
  if (!roleAllows(me.role, 'content.edit')) return <ContentNotAllowed change locale={locale} />;
  const followed = z.uuid().safeParse((await searchParams).import);
  const state = followed.success
    ? await followedImport(followed.data, locale)
    : await lastImportReport();
  return (
    <div lang={locale}>
      {/* Without JavaScript the page reloads itself until the import is over; with it, the form asks. */}
      {state.running && (
        <noscript>
          <meta httpEquiv="refresh" content={String(RELOAD_SECONDS)} />
        </noscript>
      )}
      <h1>{words.importTitle}</h1>
      <ContentTabs current="import" canEdit locale={locale} />
      <p>{words.importIntro}</p>
      <ImportForm initial={state} locale={locale} />
    </div>
  );
}

async function followedImport(importId: string, locale: FieldLocale): Promise<ImportState> {
  const words = IMPORT_MESSAGES[locale];
  const token = await sessionApiToken();
  if (!token) return { ...INITIAL_IMPORT_STATE, message: words.signInToFollow };
  return (
    (await readImport(importId, token, 0)) ?? { ...INITIAL_IMPORT_STATE, message: words.notYours }
  );
}
