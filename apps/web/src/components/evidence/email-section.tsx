import Link from 'next/link';
import type { EvidenceDetailView } from '@cairn/contracts';
import { itemPage } from '../../evidence/evidence-api';
import type { EvidenceMessages } from '../../evidence/evidence-messages';
import styles from './evidence.module.css';

type Email = NonNullable<NonNullable<EvidenceDetailView['analysis']>['email']>;

/** An email's headers, Received chain and the DKIM/SPF/ARC/DMARC verdicts of its intake check. */
export function EmailSection({
  email,
  caseId,
  words,
  when,
}: {
  email: Email;
  caseId: string;
  words: EvidenceMessages;
  when: (iso: string) => string;
}) {
  const check = email.authenticity;
  const verdict = (result: { result: string; comment: string | null } | null | undefined) =>
    result ? (
      <>
        <span className={styles.verdict}>{words.verdict(result.result)}</span>
        {result.comment && ` (${result.comment})`}
      </>
    ) : (
      words.notChecked
    );
  return (
    <section aria-labelledby="email-heading">
      <h2 id="email-heading">{words.emailTitle}</h2>
      <dl className="facts">
        {(['from', 'to', 'cc', 'date', 'subject', 'messageId'] as const).map((name) =>
          email.headers[name] ? (
            <div className="fact" key={name}>
              <dt>{words.headers[name]}</dt>
              <dd>{email.headers[name]}</dd>
            </div>
          ) : null,
        )}
      </dl>
      <h3>{words.authenticity}</h3>
      {check ? (
        <>
          <dl className="facts">
            {check.verdicts.dkim.length === 0 ? (
              <div className="fact">
                <dt>{words.dkim}</dt>
                <dd>{words.verdict('none')}</dd>
              </div>
            ) : (
              check.verdicts.dkim.map((signature, index) => (
                <div className="fact" key={index}>
                  <dt>
                    {words.dkim}
                    {signature.domain &&
                      ` (${signature.domain}${signature.selector ? `, ${signature.selector}` : ''})`}
                  </dt>
                  <dd>{verdict(signature)}</dd>
                </div>
              ))
            )}
            <div className="fact">
              <dt>
                {words.spf}
                {check.verdicts.spf?.domain && ` (${check.verdicts.spf.domain})`}
              </dt>
              <dd>{verdict(check.verdicts.spf)}</dd>
            </div>
            <div className="fact">
              <dt>{words.arc}</dt>
              <dd>{verdict(check.verdicts.arc)}</dd>
            </div>
            <div className="fact">
              <dt>
                {words.dmarc}
                {check.verdicts.dmarc?.domain && ` (${check.verdicts.dmarc.domain})`}
              </dt>
              <dd>{verdict(check.verdicts.dmarc)}</dd>
            </div>
          </dl>
          <p className="hint">{words.authenticityNote(when(check.checkedAt), check.dnsAnswers)}</p>
        </>
      ) : (
        <p>{words.authenticityNone}</p>
      )}
      <h3>{words.receivedChain}</h3>
      {email.headers.received.length === 0 ? (
        <p>{words.receivedNone}</p>
      ) : (
        <ol className={styles.received}>
          {email.headers.received.map((hop, index) => (
            <li key={index}>{hop}</li>
          ))}
        </ol>
      )}
      {email.attachments.length > 0 && (
        <>
          <h3>{words.attachments}</h3>
          <ul>
            {email.attachments.map((attachment) => (
              <li key={attachment.id}>
                <Link href={itemPage(caseId, attachment.id)}>
                  {attachment.fileName ?? words.unnamed}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
