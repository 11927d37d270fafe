import type { Metadata } from 'next';
import { GuideDocumentListQuery, roleAllows } from '@cairn/contracts';
import { firstValue, type SearchParams } from '../../../cases/list-query';
import { ContentTabs } from '../../../components/content-admin/content-tabs';
import { DocumentFilters } from '../../../components/content-admin/document-filters';
import { DocumentList } from '../../../components/content-admin/document-list';
import { ContentNotAllowed } from '../../../components/content-admin/not-allowed';
import { listDocuments } from '../../../content-admin/content-api';
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

  const params = await searchParams;
  // A filter the contract refuses (a hand-edited link) filters nothing rather than failing.
  const query =
    GuideDocumentListQuery.safeParse({
      locale: firstValue(params, 'locale') || undefined,
      kind: firstValue(params, 'kind') || undefined,
    }).data ?? {};
  // The whole list once: the language filter offers every language the guide has.
  const documents = await listDocuments(await requireApiToken());
  const shown = documents.filter(
    (document) =>
      (!query.locale || document.locale === query.locale) &&
      (!query.kind || document.kind === query.kind),
  );
  const locales = [...new Set(documents.map((document) => document.locale))]
    .sort()
    .map((code) => ({ code, name: languageName(code) }));

  return (
    <>
      <h1>{STAFF_SECTIONS.guideContent.title}</h1>
      <ContentTabs current="files" canEdit={canEdit} />
      <p>
        {canEdit
          ? "The files of your organisation's guide. Edit one to override the shared text, or publish your own."
          : "The files of your organisation's guide. Only admins change them."}
      </p>
      <DocumentFilters locales={locales} locale={query.locale ?? ''} kind={query.kind ?? ''} />
      <DocumentList documents={shown} timeZone={me.organization.timeZone} />
    </>
  );
}
