import Link from 'next/link';
import { roleAllows, TakedownNoticeType } from '@cairn/contracts';
import { OutcomeForm } from '../../../../../../components/takedowns/outcome-form';
import { StepButton } from '../../../../../../components/takedowns/step-button';
import { TakedownComposer } from '../../../../../../components/takedowns/takedown-composer';
import { currentStaff } from '../../../../../../staff/current-staff';
import { formatDateTime } from '../../../../../../staff/format-date';
import { requireApiToken } from '../../../../../../staff/staff-api';
import { takedownStep } from '../../../../../../takedowns/takedown-actions';
import {
  getTakedown,
  listCaseEvidence,
  listPlatforms,
  previewTakedown,
} from '../../../../../../takedowns/takedown-api';
import {
  CHANNEL_LABELS,
  NOTICE_TYPE_LABELS,
  TAKEDOWN_STATUS_LABELS,
  URL_OUTCOME_LABELS,
} from '../../../../../../takedowns/labels';

export default async function TakedownPage({
  params,
}: {
  params: Promise<{ id: string; takedownId: string }>;
}) {
  const { id, takedownId } = await params;
  const token = await requireApiToken();
  const me = await currentStaff();
  const request = await getTakedown(id, takedownId, token);
  const preview = await previewTakedown(id, takedownId, token);
  const { timeZone } = me.organization;
  const writes = roleAllows(me.role, 'cases.write');
  const when = (at: string | null) => (at ? formatDateTime(at, timeZone) : '—');
  const step = (name: 'submit' | 'approve' | 'form-submitted') =>
    takedownStep.bind(null, id, takedownId, name);
  const isDraft = request.status === 'DRAFT';
  const awaiting = request.status === 'AWAITING_APPROVAL';
  const readyToPaste = awaiting && request.channel === 'WEB_FORM' && request.approvedAt !== null;
  const out = !isDraft && !awaiting;

  const [platforms, evidence] =
    isDraft && writes
      ? await Promise.all([listPlatforms(token), listCaseEvidence(id, token)])
      : [[], []];

  return (
    <>
      <p>
        <Link href={`/cases/${id}/takedowns`}>All takedown requests of this case</Link>
      </p>
      <section aria-labelledby="request-heading">
        <h2 id="request-heading">
          {NOTICE_TYPE_LABELS[request.noticeType]} to {request.platform.name}
        </h2>
        <dl className="facts">
          <dt>Status</dt>
          <dd>{TAKEDOWN_STATUS_LABELS[request.status]}</dd>
          <dt>Goes by</dt>
          <dd>
            {CHANNEL_LABELS[request.channel]}: {request.recipientAddress}
          </dd>
          <dt>Written by</dt>
          <dd>
            {request.createdBy?.displayName ?? '—'}, {when(request.createdAt)}
          </dd>
          {request.approvedBy && (
            <>
              <dt>Approved by</dt>
              <dd>
                {request.approvedBy.displayName}, {when(request.approvedAt)}
              </dd>
            </>
          )}
          {request.sentAt && (
            <>
              <dt>Sent</dt>
              <dd>{when(request.sentAt)}</dd>
            </>
          )}
          <dt>Platform’s reference</dt>
          <dd>{request.platformReference ?? '—'}</dd>
        </dl>
        <h3>Addresses</h3>
        <ul>
          {request.urls.map((url) => (
            <li key={url.id}>
              <span className="break-anywhere">{url.url}</span> — {URL_OUTCOME_LABELS[url.outcome]}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="notice-heading">
        <h2 id="notice-heading">
          {request.channel === 'EMAIL'
            ? 'The email, exactly as it will be sent'
            : 'The text for the platform’s form'}
        </h2>
        {preview.ok ? (
          <div className="notice-preview">
            <dl className="facts">
              <dt>To</dt>
              <dd>{preview.preview.to}</dd>
              {preview.preview.replyTo && (
                <>
                  <dt>Reply-To</dt>
                  <dd>
                    {preview.preview.replyTo}{' '}
                    <span className="hint">(a private address made when it is sent)</span>
                  </dd>
                </>
              )}
              <dt>Subject</dt>
              <dd>{preview.preview.subject}</dd>
            </dl>
            <pre className="notice-body">{preview.preview.body}</pre>
          </div>
        ) : (
          <div className="notice" role="status">
            <p>The notice cannot be sent yet. It still needs:</p>
            <ul>
              {(preview.problem?.errors ?? []).map((error) => (
                <li key={error.field}>{error.message}</li>
              ))}
            </ul>
          </div>
        )}
      </section>

      {isDraft && writes && (
        <section aria-labelledby="edit-heading">
          <h2 id="edit-heading">Change the draft</h2>
          <TakedownComposer
            caseId={id}
            draft={request}
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
          <h2>When the notice above is right</h2>
          <StepButton
            action={step('submit')}
            label="Submit for approval"
            pendingLabel="Submitting…"
          />
        </section>
      )}

      {awaiting && !request.approvedAt && (
        <section aria-labelledby="approve-heading">
          <h2 id="approve-heading">Approval</h2>
          {request.canApprove ? (
            <StepButton
              action={step('approve')}
              label={request.channel === 'EMAIL' ? 'Approve and send' : 'Approve'}
              pendingLabel="Approving…"
            />
          ) : (
            <p>
              Waiting for a supervisor or an admin to approve it
              {request.submittedBy ? `, other than ${request.submittedBy.displayName}` : ''}.
            </p>
          )}
        </section>
      )}

      {readyToPaste && (
        <section aria-labelledby="paste-heading">
          <h2 id="paste-heading">Send it through the platform’s form</h2>
          <ol className="checklist-steps">
            <li>
              Open the form:{' '}
              <a href={request.recipientAddress} rel="noreferrer noopener" target="_blank">
                {request.recipientAddress}
              </a>
            </li>
            <li>Copy the subject and the text above into it, and list each address.</li>
            <li>Submit the form, and note the reference number the platform gives.</li>
            <li>Come back here and record that it was submitted.</li>
          </ol>
          {writes && (
            <StepButton
              action={step('form-submitted')}
              label="I submitted it through the form"
              pendingLabel="Recording…"
            />
          )}
        </section>
      )}

      {out && (
        <section aria-labelledby="thread-heading">
          <h2 id="thread-heading">Mail</h2>
          <ol className="thread">
            <li>
              <strong>Sent</strong> {when(request.sentAt)}
              {request.messageId && <span className="hint"> — Message-ID {request.messageId}</span>}
            </li>
            {request.replies.map((reply) => (
              <li key={reply.id}>
                <strong>Reply</strong> {when(reply.receivedAt)} from{' '}
                {reply.fromAddress ?? 'unknown sender'}: {reply.subject ?? '(no subject)'}
                <span className="hint">
                  {' '}
                  — kept as evidence of the case (.eml with its SHA-256)
                </span>
              </li>
            ))}
          </ol>
          {request.replies.length === 0 && <p>No reply yet.</p>}
        </section>
      )}

      {out && writes && (
        <section aria-labelledby="outcome-heading">
          <h2 id="outcome-heading">Record what the platform did</h2>
          <OutcomeForm request={request} />
        </section>
      )}
    </>
  );
}
