import Link from 'next/link';
import { LetterType, roleAllows, TakedownNoticeType } from '@cairn/contracts';
import { LetterComposer } from '../../../../../components/takedowns/letter-composer';
import { TakedownComposer } from '../../../../../components/takedowns/takedown-composer';
import { staffLocale } from '../../../../../forms/staff-locale';
import { currentStaff } from '../../../../../staff/current-staff';
import { formatDateTime } from '../../../../../staff/format-date';
import { requireApiToken } from '../../../../../staff/staff-api';
import {
  listCaseEvidence,
  listPlatforms,
  listTakedowns,
} from '../../../../../takedowns/takedown-api';
import { recipientOf } from '../../../../../takedowns/recipient';
import { TAKEDOWN_MESSAGES } from '../../../../../takedowns/takedown-messages';

export default async function TakedownsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [token, me, locale] = await Promise.all([requireApiToken(), currentStaff(), staffLocale()]);
  const words = TAKEDOWN_MESSAGES[locale];
  const [requests, platforms, evidence] = await Promise.all([
    listTakedowns(id, token),
    listPlatforms(token),
    listCaseEvidence(id, token),
  ]);
  const { timeZone } = me.organization;
  const writes = roleAllows(me.role, 'cases.write');
  const evidenceOptions = evidence.map((item) => ({
    value: item.id,
    label: item.link ? (item.link.title ?? item.link.url) : (item.fileName ?? item.id),
  }));

  return (
    <>
      <section aria-labelledby="takedowns-heading">
        <h2 id="takedowns-heading">{words.section}</h2>
        {requests.some((request) => request.replyUnseen) && (
          <p className="notice" role="status">
            {words.replyArrived}
          </p>
        )}
        {requests.length === 0 ? (
          <p>{words.none}</p>
        ) : (
          <ul>
            {requests.map((request) => (
              <li key={request.id}>
                <Link href={`/cases/${id}/takedowns/${request.id}`}>
                  {words.to(words.noticeTypes[request.noticeType], recipientOf(request))}
                </Link>
                <span className="hint">
                  {' '}
                  — {words.statuses[request.status]}
                  {request.sentAt && words.sentAt(formatDateTime(request.sentAt, timeZone))}
                  {request.replyUnseen && words.newReply}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      {writes && (
        <section aria-labelledby="compose-heading">
          <h2 id="compose-heading">{words.composeTitle}</h2>
          <p className="hint">{words.composeHint}</p>
          <TakedownComposer
            caseId={id}
            words={words.form}
            platforms={platforms
              .filter((platform) => !platform.archived)
              .map((platform) => ({ value: platform.id, label: platform.name }))}
            noticeTypes={TakedownNoticeType.options.map((value) => ({
              value,
              label: words.noticeTypes[value],
            }))}
            evidence={evidenceOptions}
          />
        </section>
      )}
      {writes && (
        <section aria-labelledby="letter-heading">
          <h2 id="letter-heading">{words.letterTitle}</h2>
          <p className="hint">{words.letterHint}</p>
          <LetterComposer
            caseId={id}
            words={words.form}
            letterTypes={LetterType.options.map((value) => ({
              value,
              label: words.noticeTypes[value],
            }))}
            evidence={evidenceOptions}
          />
        </section>
      )}
    </>
  );
}
