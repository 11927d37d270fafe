import Link from 'next/link';
import { notFound } from 'next/navigation';
import { roleAllows } from '@cairn/contracts';
import { FollowUpCodeForm } from '../../../../../components/cases/follow-up-code-form';
import styles from '../../../../../components/cases/intake.module.css';
import { itemName } from '../../../../../components/evidence/evidence-list';
import { casePath } from '../../../../../cases/case-api';
import { newFollowUpCode } from '../../../../../cases/intake-actions';
import { getIntake } from '../../../../../cases/intake-api';
import { INTAKE_MESSAGES } from '../../../../../cases/intake-messages';
import { itemPage, listEvidence } from '../../../../../evidence/evidence-api';
import { zonedDateTime } from '../../../../../evidence/evidence-format';
import { EVIDENCE_MESSAGES } from '../../../../../evidence/evidence-messages';
import { staffLocale } from '../../../../../forms/staff-locale';
import { languageName } from '../../../../../i18n/language-name';
import { currentStaff } from '../../../../../staff/current-staff';
import { requireApiToken } from '../../../../../staff/staff-api';

/** What the survivor sent, question by question, and a new follow-up code when they need one. */
export default async function IntakePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  casePath(id);
  const [me, token, locale] = await Promise.all([currentStaff(), requireApiToken(), staffLocale()]);
  const intake = await getIntake(id, token);
  if (!intake) notFound();
  const words = INTAKE_MESSAGES[locale];
  const { timeZone } = me.organization;
  // The submission's files by name; a hidden one is still the survivor's and still listed.
  const evidence = intake.files.length > 0 ? await listEvidence(id, token, 'include') : [];
  const names = new Map(
    evidence.map((item) => [item.id, itemName(item, EVIDENCE_MESSAGES[locale].unnamed)]),
  );

  return (
    <>
      <section aria-labelledby="intake-heading">
        <h2 id="intake-heading">{words.intakeTitle}</h2>
        <p>{words.intakeIntro}</p>
        <dl className="facts">
          <div className="fact">
            <dt>{words.form}</dt>
            <dd>{intake.formTitle}</dd>
          </div>
          <div className="fact">
            <dt>{words.formLanguage}</dt>
            <dd>{languageName(intake.locale)}</dd>
          </div>
          <div className="fact">
            <dt>{words.submittedAt}</dt>
            <dd>{zonedDateTime(intake.submittedAt, timeZone, locale)}</dd>
          </div>
          <div className="fact">
            <dt>{words.verifiedLabel}</dt>
            <dd>
              {intake.verified ? (
                words.verifiedYes
              ) : (
                <strong className={styles.warning}>{words.verifiedNo}</strong>
              )}
            </dd>
          </div>
          <div className="fact">
            <dt>{words.dangerLabel}</dt>
            <dd>
              {intake.danger ? (
                <strong className={styles.warning}>{words.dangerYes}</strong>
              ) : (
                words.dangerNo
              )}
            </dd>
          </div>
        </dl>
        <h3>{words.answersTitle}</h3>
        <dl className={styles.answers}>
          {intake.answers.map((answer) => (
            <div key={answer.name}>
              <dt>{answer.label}</dt>
              <dd>
                {answer.value.trim() === '' ? (
                  <span className={styles.unanswered}>{words.notAnswered}</span>
                ) : (
                  answer.value
                )}
              </dd>
            </div>
          ))}
        </dl>
        <h3>{words.filesTitle}</h3>
        {intake.files.length === 0 ? (
          <p>{words.filesNone}</p>
        ) : (
          <ul className={styles.files}>
            {intake.files.map((fileId, index) => (
              <li key={fileId}>
                <Link href={itemPage(id, fileId)}>
                  {names.get(fileId) ?? words.file(index + 1)}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      {roleAllows(me.role, 'cases.write') && (
        <section aria-labelledby="code-heading">
          <h2 id="code-heading">{words.codeTitle}</h2>
          <p>{words.codeIntro}</p>
          <FollowUpCodeForm
            action={newFollowUpCode.bind(null, id)}
            locale={locale}
            words={{
              codeButton: words.codeButton,
              codePending: words.codePending,
              codeShown: words.codeShown,
              codeAdvice: words.codeAdvice,
              codeOnce: words.codeOnce,
            }}
          />
        </section>
      )}
    </>
  );
}
