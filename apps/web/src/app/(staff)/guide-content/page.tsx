import type { Metadata } from 'next';
import { roleAllows } from '@cairn/contracts';
import type { SearchParams } from '../../../cases/list-query';
import { ContentTabs } from '../../../components/content-admin/content-tabs';
import { DocumentFilters } from '../../../components/content-admin/document-filters';
import { DocumentList } from '../../../components/content-admin/document-list';
import { DocumentPages } from '../../../components/content-admin/document-pages';
import { ContentNotAllowed } from '../../../components/content-admin/not-allowed';
import { listDocuments } from '../../../content-admin/content-api';
import { documentFilter, filterQuery } from '../../../content-admin/document-query';
import { languageName } from '../../../content-admin/labels';
import { CONTENT_MESSAGES } from '../../../content-admin/content-messages';
import { staffLocale } from '../../../forms/staff-locale';
import { currentStaff } from '../../../staff/current-staff';
import { staffSections } from '../../../staff/sections';
import { requireApiToken } from '../../../staff/staff-api';

export async function generateMetadata(): Promise<Metadata> {
  return { title: staffSections(await staffLocale()).guideContent.title };
}

export default async function GuideContentPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  // Layouts and pages render in parallel: each staff page checks the session itself.
  const [me, locale] = await Promise.all([currentStaff(), staffLocale()]);
  const words = CONTENT_MESSAGES[locale];
  if (!roleAllows(me.role, 'content.read')) return <ContentNotAllowed locale={locale} />;
  const canEdit = roleAllows(me.role, 'content.edit');

  const filter = documentFilter(await searchParams);
  // The API searches, filters and pages: the page gets one page of files, however large the guide.
  const list = await listDocuments(await requireApiToken(), filterQuery(filter));
  const locales = list.locales.map((code) => ({ code, name: languageName(code, locale) }));

  return (
    <div lang={locale}>
      <h1>{staffSections(locale).guideContent.title}</h1>
      <ContentTabs current="files" canEdit={canEdit} locale={locale} />
      <p>{canEdit ? words.filesIntroEditor : words.filesIntroReader}</p>
      <DocumentFilters locales={locales} filter={filter} locale={locale} />
      <DocumentPages
        filter={filter}
        total={list.total}
        pageSize={list.pageSize}
        label={words.pagesLabel}
        locale={locale}
      />
      <DocumentList documents={list.items} timeZone={me.organization.timeZone} locale={locale} />
      {list.total > list.pageSize && (
        <DocumentPages
          filter={filter}
          total={list.total}
          pageSize={list.pageSize}
          label={words.pagesAfterLabel}
          locale={locale}
        />
      )}
    </div>
  );
}
