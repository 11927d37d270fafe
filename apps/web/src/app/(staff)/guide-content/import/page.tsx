import type { Metadata } from 'next';
import { z } from 'zod';
import { roleAllows } from '@cairn/contracts';
import { sessionApiToken } from '../../../../auth/session-token';
import { ContentTabs } from '../../../../components/content-admin/content-tabs';
import { ImportForm } from '../../../../components/content-admin/import-form';
import { ContentNotAllowed } from '../../../../components/content-admin/not-allowed';
import { readImport } from '../../../../content-admin/import-archive';
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
  const state = followed.success ? await followedImport(followed.data) : await lastImportReport();
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
      {/* The form, its progress and its problems still speak English only: marked so. */}
      <div lang="en">
        <ImportForm initial={state} />
      </div>
    </div>
  );
}

async function followedImport(importId: string): Promise<ImportState> {
  const token = await sessionApiToken();
  if (!token) return { ...INITIAL_IMPORT_STATE, message: 'Sign in again to follow the import.' };
  return (
    (await readImport(importId, token, 0)) ?? {
      ...INITIAL_IMPORT_STATE,
      message: 'This import is not one of your organisation’s, or no longer exists.',
    }
  );
}
