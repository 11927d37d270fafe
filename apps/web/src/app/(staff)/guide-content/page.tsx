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
import { currentStaff } from '../../../staff/current-staff';
import { STAFF_SECTIONS } from '../../../staff/sections';
import { requireApiToken } from '../../../staff/staff-api';

export const metadata: Metadata = { title: STAFF_SECTIONS.guideContent.title };

export default async function GuideContentPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  // Layouts and pages render in parallel: each staff page checks the session itself.
  const me = await currentStaff();
  if (!roleAllows(me.role, 'content.read')) return <ContentNotAllowed />;
  const canEdit = roleAllows(me.role, 'content.edit');

  const filter = documentFilter(await searchParams);
  // The API searches, filters and pages: the page gets one page of files, however large the guide.
  const list = await listDocuments(await requireApiToken(), filterQuery(filter));
  const locales = list.locales.map((code) => ({ code, name: languageName(code) }));

  return (
    <>
      <h1>{STAFF_SECTIONS.guideContent.title}</h1>
      <ContentTabs current="files" canEdit={canEdit} />
      <p>
        {canEdit
          ? "The files of your organisation's guide, its own language first. Edit one to override the shared text, or publish your own."
          : "The files of your organisation's guide, its own language first. Only admins change them."}
      </p>
      <DocumentFilters locales={locales} filter={filter} />
      <DocumentPages
        filter={filter}
        total={list.total}
        pageSize={list.pageSize}
        label="Pages of files"
      />
      <DocumentList documents={list.items} timeZone={me.organization.timeZone} />
      {list.total > list.pageSize && (
        <DocumentPages
          filter={filter}
          total={list.total}
          pageSize={list.pageSize}
          label="Pages of files, after the list"
        />
      )}
    </>
  );
}
