import Link from 'next/link';
import { roleAllows, TakedownNoticeType } from '@cairn/contracts';
import { TakedownComposer } from '../../../../../components/takedowns/takedown-composer';
import { currentStaff } from '../../../../../staff/current-staff';
import { formatDateTime } from '../../../../../staff/format-date';
import { requireApiToken } from '../../../../../staff/staff-api';
import {
  listCaseEvidence,
  listPlatforms,
  listTakedowns,
} from '../../../../../takedowns/takedown-api';
import { NOTICE_TYPE_LABELS, TAKEDOWN_STATUS_LABELS } from '../../../../../takedowns/labels';

export default async function TakedownsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const token = await requireApiToken();
  const me = await currentStaff();
  const [requests, platforms, evidence] = await Promise.all([
    listTakedowns(id, token),
    listPlatforms(token),
    listCaseEvidence(id, token),
  ]);
  const { timeZone } = me.organization;
  const writes = roleAllows(me.role, 'cases.write');

  return (
    <>
      <section aria-labelledby="takedowns-heading">
        <h2 id="takedowns-heading">Takedown requests</h2>
        {requests.some((request) => request.replyUnseen) && (
          <p className="notice" role="status">
            A platform replied to a takedown request: open it to read the reply.
          </p>
        )}
        {requests.length === 0 ? (
          <p>No takedown request yet.</p>
        ) : (
          <ul>
            {requests.map((request) => (
              <li key={request.id}>
                <Link href={`/cases/${id}/takedowns/${request.id}`}>
                  {NOTICE_TYPE_LABELS[request.noticeType]} to {request.platform.name}
                </Link>
                <span className="hint">
                  {' '}
                  — {TAKEDOWN_STATUS_LABELS[request.status]}
                  {request.sentAt && `, sent ${formatDateTime(request.sentAt, timeZone)}`}
                  {request.replyUnseen && ', new reply'}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      {writes && (
        <section aria-labelledby="compose-heading">
          <h2 id="compose-heading">Ask a platform to remove content</h2>
          <p className="hint">
            Save a draft, check the exact notice, then submit it for approval. Nothing is sent
            before it is approved, and only with the survivor’s consent to share with platforms.
          </p>
          <TakedownComposer
            caseId={id}
            platforms={platforms
              .filter((platform) => !platform.archived)
              .map((platform) => ({ value: platform.id, label: platform.name }))}
            noticeTypes={TakedownNoticeType.options.map((value) => ({
              value,
              label: NOTICE_TYPE_LABELS[value],
            }))}
            evidence={evidence.map((item) => ({
              value: item.id,
              label: item.link ? (item.link.title ?? item.link.url) : (item.fileName ?? item.id),
            }))}
          />
        </section>
      )}
    </>
  );
}
