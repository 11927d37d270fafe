import Link from 'next/link';
import { roleAllows } from '@cairn/contracts';
import { CaseForm } from '../../../../../../components/cases/case-form';
import { CopyButton } from '../../../../../../components/evidence/copy-button';
import { itemName, Marks, TypeCell } from '../../../../../../components/evidence/evidence-list';
import { VerifyForm } from '../../../../../../components/evidence/verify-form';
import { EmailSection } from '../../../../../../components/evidence/email-section';
import { ImageSection } from '../../../../../../components/evidence/image-section';
import styles from '../../../../../../components/evidence/evidence.module.css';
import { firstValue, type SearchParams } from '../../../../../../cases/list-query';
import { changeEvidenceFlag, verifyEvidence } from '../../../../../../evidence/evidence-actions';
import {
  checkedId,
  evidencePage,
  getEvidence,
  itemPage,
} from '../../../../../../evidence/evidence-api';
import { humanSize, zonedDateTime } from '../../../../../../evidence/evidence-format';
import { EVIDENCE_MESSAGES } from '../../../../../../evidence/evidence-messages';
import { staffLocale } from '../../../../../../forms/staff-locale';
import { currentStaff } from '../../../../../../staff/current-staff';
import { requireApiToken } from '../../../../../../staff/staff-api';

export default async function EvidenceItemPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string; itemId: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { id, itemId } = await params;
  const caseId = checkedId(id);
  const showLocation = firstValue(await searchParams, 'location') === 'show';
  const [me, token, locale] = await Promise.all([currentStaff(), requireApiToken(), staffLocale()]);
  const item = await getEvidence(caseId, checkedId(itemId), token);
  const words = EVIDENCE_MESSAGES[locale];
  const { timeZone } = me.organization;
  const when = (iso: string) => zonedDateTime(iso, timeZone, locale);
  const name = itemName(item, words.unnamed);
  const writes = roleAllows(me.role, 'cases.write');
  const holds = roleAllows(me.role, 'evidence.hold');
  const hasFile = item.kind !== 'LINK';
  const flagAction = (change: 'hide' | 'show' | 'hold' | 'release') =>
    changeEvidenceFlag.bind(null, caseId, item.id, change);
  const reasonField = (label: string, hint: string) => [
    {
      fields: [{ kind: 'textarea' as const, name: 'reason', label, hint, required: true, rows: 2 }],
    },
  ];
  const person = (ref: { displayName: string } | null) => ref?.displayName ?? words.system;

  return (
    <>
      <p>
        <Link href={evidencePage(caseId)}>← {words.back}</Link>
      </p>
      <section aria-labelledby="item-heading">
        <h2 id="item-heading" className={styles.hash}>
          {name}
        </h2>
        <Marks item={item} locale={locale} />
        <dl className="facts">
          <dt>{words.kind}</dt>
          <dd>{words.kinds[item.kind]}</dd>
          {item.link && (
            <>
              <dt>{words.url}</dt>
              <dd className={styles.name}>
                {/* No referrer: the post's site must not learn that a helpline looked. */}
                <a href={item.link.url} rel="noreferrer noopener nofollow" target="_blank">
                  {item.link.url}
                </a>
              </dd>
              <dt>{words.seenAt}</dt>
              <dd>{when(item.link.seenAt)}</dd>
              {item.link.archiveUrl && (
                <>
                  <dt>{words.archived}</dt>
                  <dd className={styles.name}>
                    <a
                      href={item.link.archiveUrl}
                      rel="noreferrer noopener nofollow"
                      target="_blank"
                    >
                      {item.link.archiveUrl}
                    </a>
                  </dd>
                </>
              )}
            </>
          )}
          {hasFile && (
            <>
              <dt>{words.fileName}</dt>
              <dd>{item.fileName ?? words.unnamed}</dd>
              <dt>{words.size}</dt>
              <dd>
                {item.sizeBytes === null
                  ? '—'
                  : `${humanSize(item.sizeBytes, locale)} (${item.sizeBytes.toLocaleString(locale === 'fr' ? 'fr-FR' : 'en-GB')} B)`}
              </dd>
              <dt>{words.declaredAs}</dt>
              <dd>{item.declaredType ?? words.typeUnknown}</dd>
              <dt>{words.detectedAs}</dt>
              <dd>
                <TypeCell item={item} locale={locale} />
              </dd>
            </>
          )}
          <dt>{words.received}</dt>
          <dd>{when(item.receivedAt)}</dd>
          {item.capturedAt && (
            <>
              <dt>{words.capturedAtLabel}</dt>
              <dd>{when(item.capturedAt)}</dd>
            </>
          )}
          {item.uploadedBy && (
            <>
              <dt>{words.uploadedBy}</dt>
              <dd>{item.uploadedBy.displayName}</dd>
            </>
          )}
          {item.uploaderLabel && (
            <>
              <dt>{words.sender}</dt>
              <dd>{item.uploaderLabel}</dd>
            </>
          )}
          {item.attachedTo && (
            <>
              <dt>{words.attachedTo}</dt>
              <dd>
                <Link href={itemPage(caseId, item.attachedTo)}>{words.openMessage}</Link>
              </dd>
            </>
          )}
        </dl>
      </section>

      {hasFile && item.sha256 && (
        <section aria-labelledby="hash-heading">
          <h2 id="hash-heading">{words.hashes}</h2>
          <p>
            SHA-256:{' '}
            <code id="item-sha256" className={styles.hash}>
              {item.sha256}
            </code>
          </p>
          <p>
            <CopyButton
              text={item.sha256}
              label={words.copy}
              done={words.copied}
              describedBy="item-sha256"
            />
          </p>
          <p>
            <a className="button-link" href={itemPage(caseId, item.id, '/download')} download>
              {words.download}
            </a>
          </p>
          <p className="hint">{words.downloadHint}</p>
          <h3>{words.verifyTitle}</h3>
          <p className="hint">{words.verifyHint}</p>
          <VerifyForm action={verifyEvidence.bind(null, caseId, item.id)} locale={locale} />
        </section>
      )}

      {item.analysis?.status === 'FAILED' && item.analysis.failure && (
        <p>{words.analysisFailed(item.analysis.failure)}</p>
      )}
      {item.analysis?.email && (
        <EmailSection email={item.analysis.email} caseId={caseId} words={words} when={when} />
      )}
      {item.analysis?.image && (
        <ImageSection
          image={item.analysis.image}
          item={item}
          name={name}
          words={words}
          locale={locale}
          showLocation={showLocation}
          token={token}
        />
      )}

      <section aria-labelledby="flags-heading">
        <h2 id="flags-heading">{words.flags}</h2>
        {item.hidden && (
          <p>
            {words.hiddenSince(when(item.hidden.at), person(item.hidden.by), item.hidden.reason)}
          </p>
        )}
        {item.legalHold && (
          <p>
            {words.heldSince(
              when(item.legalHold.at),
              person(item.legalHold.by),
              item.legalHold.reason,
            )}
          </p>
        )}
        {item.flagChanges.length > 0 && (
          <ol className={styles.custody}>
            {item.flagChanges.map((change, index) => (
              <li key={index}>
                {when(change.at)} · {words.flagChanges[change.change]} · {person(change.by)}:{' '}
                {change.reason}
              </li>
            ))}
          </ol>
        )}
        {writes ? (
          <details>
            <summary>{item.hidden ? words.show : words.hide}</summary>
            <p className="hint">{words.hideHint}</p>
            <CaseForm
              action={flagAction(item.hidden ? 'show' : 'hide')}
              idPrefix="evidence-visibility"
              submitLabel={item.hidden ? words.show : words.hide}
              pendingLabel={words.saving}
              groups={reasonField(words.reason, '')}
            />
          </details>
        ) : (
          <p>{words.writeNotAllowed}</p>
        )}
        {holds ? (
          <details>
            <summary>{item.legalHold ? words.holdLift : words.holdSet}</summary>
            <p className="hint">{words.holdHint}</p>
            <CaseForm
              action={flagAction(item.legalHold ? 'release' : 'hold')}
              idPrefix="evidence-hold"
              submitLabel={item.legalHold ? words.holdLift : words.holdSet}
              pendingLabel={words.saving}
              groups={reasonField(words.reason, '')}
            />
          </details>
        ) : (
          <p>{words.holdNotAllowed}</p>
        )}
      </section>

      <section aria-labelledby="custody-heading">
        <h2 id="custody-heading">{words.custody}</h2>
        {item.custody.length === 0 ? (
          <p>{words.custodyNone}</p>
        ) : (
          <ol className={styles.custody}>
            {item.custody.map((entry, index) => (
              <li key={index}>
                {when(entry.at)} · {words.custodyActions[entry.action] ?? entry.action} ·{' '}
                {person(entry.actor)}
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
