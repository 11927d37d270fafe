import Link from 'next/link';
import { roleAllows, TakedownNoticeType } from '@cairn/contracts';
import { LetterComposer } from '../../../../../../components/takedowns/letter-composer';
import { OutcomeForm } from '../../../../../../components/takedowns/outcome-form';
import { StepButton } from '../../../../../../components/takedowns/step-button';
import { TakedownComposer } from '../../../../../../components/takedowns/takedown-composer';
import { localFieldErrors } from '../../../../../../forms/form-state';
import { staffLocale } from '../../../../../../forms/staff-locale';
import { currentStaff } from '../../../../../../staff/current-staff';
import { formatDateTime } from '../../../../../../staff/format-date';
import { requireApiToken } from '../../../../../../staff/staff-api';
import { recipientOf } from '../../../../../../takedowns/recipient';
import { takedownStep } from '../../../../../../takedowns/takedown-actions';
import {
  getTakedown,
  listCaseEvidence,
  listPlatforms,
  previewTakedown,
} from '../../../../../../takedowns/takedown-api';
import { TAKEDOWN_MESSAGES } from '../../../../../../takedowns/takedown-messages';

export default async function TakedownPage({
  params,
}: {
  params: Promise<{ id: string; takedownId: string }>;
}) {
  const { id, takedownId } = await params;
  const [token, me, locale] = await Promise.all([requireApiToken(), currentStaff(), staffLocale()]);
  const words = TAKEDOWN_MESSAGES[locale];
  const request = await getTakedown(id, takedownId, token);
  const preview = await previewTakedown(id, takedownId, token);
  const { timeZone } = me.organization;
  const writes = roleAllows(me.role, 'cases.write');
  const when = (at: string | null) => (at ? formatDateTime(at, timeZone) : '—');
  const step = (name: 'submit' | 'approve' | 'form-submitted') =>
    takedownStep.bind(null, id, takedownId, name);
  const isLetter = request.platform === null;
  const isDraft = request.status === 'DRAFT';
  const awaiting = request.status === 'AWAITING_APPROVAL';
  const readyToPaste = awaiting && request.channel === 'WEB_FORM' && request.approvedAt !== null;
  const out = !isDraft && !awaiting;

  const [platforms, evidence] =
    isDraft && writes
      ? await Promise.all([
          isLetter ? Promise.resolve([]) : listPlatforms(token),
          listCaseEvidence(id, token),
        ])
      : [[], []];
  const evidenceOptions = evidence.map((item) => ({
    value: item.id,
    label: item.link ? (item.link.title ?? item.link.url) : (item.fileName ?? item.id),
  }));

  return (
    <>
      <p>
        <Link href={`/cases/${id}/takedowns`}>{words.allRequests}</Link>
      </p>
      <section aria-labelledby="request-heading">
        <h2 id="request-heading">
          {words.to(words.noticeTypes[request.noticeType], recipientOf(request))}
        </h2>
        <dl className="facts">
          <dt>{words.statusLabel}</dt>
          <dd>{words.statuses[request.status]}</dd>
          <dt>{words.goesBy}</dt>
          <dd>
            {words.channels[request.channel]}: {request.recipientAddress}
          </dd>
          <dt>{words.writtenBy}</dt>
          <dd>
            {request.createdBy?.displayName ?? '—'}, {when(request.createdAt)}
          </dd>
          {request.approvedBy && (
            <>
              <dt>{words.approvedBy}</dt>
              <dd>
                {request.approvedBy.displayName}, {when(request.approvedAt)}
              </dd>
            </>
          )}
          {request.sentAt && (
            <>
              <dt>{words.sent}</dt>
              <dd>{when(request.sentAt)}</dd>
            </>
          )}
          <dt>{isLetter ? words.recipientReference : words.platformReference}</dt>
          <dd>{request.platformReference ?? '—'}</dd>
        </dl>
        {request.urls.length > 0 && (
          <>
            <h3>{words.addresses}</h3>
            <ul>
              {request.urls.map((url) => (
                <li key={url.id}>
                  <span className="break-anywhere">{url.url}</span> —{' '}
                  {words.urlOutcomes[url.outcome]}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="notice-heading">
        <h2 id="notice-heading">
          {request.channel === 'EMAIL' ? words.emailExactly : words.formText}
        </h2>
        {preview.ok ? (
          <div className="notice-preview">
            <dl className="facts">
              <dt>{words.toLabel}</dt>
              <dd>{preview.preview.to}</dd>
              {preview.preview.replyTo && (
                <>
                  <dt>{words.replyToLabel}</dt>
                  <dd>
                    {preview.preview.replyTo} <span className="hint">{words.replyToHint}</span>
                  </dd>
                </>
              )}
              <dt>{words.subject}</dt>
              <dd>{preview.preview.subject}</dd>
            </dl>
            <pre className="notice-body">{preview.preview.body}</pre>
          </div>
        ) : (
          <div className="notice" role="status">
            <p>{words.cannotSendYet}</p>
            <ul>
              {localFieldErrors(preview.problem?.errors ?? [], locale).map((error) => (
                <li key={error.field}>{error.message}</li>
              ))}
            </ul>
          </div>
        )}
      </section>

      {isDraft && writes && (
        <section aria-labelledby="edit-heading">
          <h2 id="edit-heading">{words.changeDraft}</h2>
          {isLetter ? (
            <LetterComposer
              caseId={id}
              draft={request}
              words={words.form}
              letterTypes={[]}
              evidence={evidenceOptions}
            />
          ) : (
            <TakedownComposer
              caseId={id}
              draft={request}
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
          )}
          <h2>{words.whenRight}</h2>
          <StepButton
            action={step('submit')}
            label={words.submit}
            pendingLabel={words.submitting}
          />
        </section>
      )}

      {awaiting && !request.approvedAt && (
        <section aria-labelledby="approve-heading">
          <h2 id="approve-heading">{words.approval}</h2>
          {request.canApprove ? (
            <StepButton
              action={step('approve')}
              label={request.channel === 'EMAIL' ? words.approveAndSend : words.approve}
              pendingLabel={words.approving}
            />
          ) : (
            <p>{words.waitingApproval(request.submittedBy?.displayName ?? null)}</p>
          )}
        </section>
      )}

      {readyToPaste && (
        <section aria-labelledby="paste-heading">
          <h2 id="paste-heading">{words.pasteTitle}</h2>
          <ol className="checklist-steps">
            <li>
              {words.openForm}{' '}
              <a href={request.recipientAddress} rel="noreferrer noopener" target="_blank">
                {request.recipientAddress}
              </a>
            </li>
            <li>{words.pasteCopy}</li>
            <li>{words.pasteSubmit}</li>
            <li>{words.pasteReturn}</li>
          </ol>
          {writes && (
            <StepButton
              action={step('form-submitted')}
              label={words.pasteDone}
              pendingLabel={words.form.recording}
            />
          )}
        </section>
      )}

      {out && (
        <section aria-labelledby="thread-heading">
          <h2 id="thread-heading">{words.mail}</h2>
          <ol className="thread">
            <li>
              <strong>{words.sentLine}</strong> {when(request.sentAt)}
              {request.messageId && <span className="hint"> — Message-ID {request.messageId}</span>}
            </li>
            {request.replies.map((reply) => (
              <li key={reply.id}>
                <strong>{words.replyLine}</strong> {when(reply.receivedAt)} {words.from}{' '}
                {reply.fromAddress ?? words.unknownSender}: {reply.subject ?? words.noSubject}
                <span className="hint">{words.keptAsEvidence}</span>
              </li>
            ))}
          </ol>
          {request.replies.length === 0 && <p>{words.noReply}</p>}
        </section>
      )}

      {out && writes && (
        <section aria-labelledby="outcome-heading">
          <h2 id="outcome-heading">{isLetter ? words.letterOutcomeTitle : words.outcomeTitle}</h2>
          <OutcomeForm
            request={request}
            words={words.form}
            statuses={words.statuses}
            urlOutcomes={words.urlOutcomes}
          />
        </section>
      )}
    </>
  );
}
