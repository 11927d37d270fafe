import { notFound } from 'next/navigation';
import { roleAllows } from '@cairn/contracts';
import { CaseForm } from '../../../../../components/cases/case-form';
import styles from '../../../../../components/cases/intake.module.css';
import { casePath, getCase } from '../../../../../cases/case-api';
import { shareSurvivorMessage } from '../../../../../cases/intake-actions';
import { listSurvivorMessages } from '../../../../../cases/intake-api';
import { INTAKE_MESSAGES } from '../../../../../cases/intake-messages';
import { zonedDateTime } from '../../../../../evidence/evidence-format';
import { staffLocale } from '../../../../../forms/staff-locale';
import { currentStaff } from '../../../../../staff/current-staff';
import { requireApiToken } from '../../../../../staff/staff-api';

/** The thread with the survivor of an intake case: theirs, and what the helpline shared. */
export default async function SurvivorMessagesPage({
  params,
}: {
  params: Promise<{ id: string }>;
}) {
  const { id } = await params;
  casePath(id);
  const [me, token, locale] = await Promise.all([currentStaff(), requireApiToken(), staffLocale()]);
  const item = await getCase(id, token);
  // Only a survivor who wrote in through the form has a follow-up page to read messages on.
  if (item.source !== 'INTAKE') notFound();
  const messages = await listSurvivorMessages(id, token);
  const words = INTAKE_MESSAGES[locale];
  const { timeZone } = me.organization;

  return (
    <>
      <section aria-labelledby="messages-heading">
        <h2 id="messages-heading">{words.messagesTitle}</h2>
        <p>
          {words.messagesIntro} {words.timesIn(timeZone)}
        </p>
        {messages.length === 0 ? (
          <p>{words.messagesNone}</p>
        ) : (
          <ol className={styles.thread}>
            {messages.map((message) => (
              <li
                key={message.id}
                className={`${styles.message} ${
                  message.from === 'YOU' ? styles.fromSurvivor : styles.fromHelpline
                }`}
              >
                <p className={styles.meta}>
                  <strong>
                    {message.from === 'YOU'
                      ? words.fromSurvivor
                      : words.fromHelpline(message.author?.displayName)}
                  </strong>
                  , <time dateTime={message.at}>{zonedDateTime(message.at, timeZone, locale)}</time>
                </p>
                <p className={styles.text}>{message.text}</p>
              </li>
            ))}
          </ol>
        )}
      </section>
      {roleAllows(me.role, 'cases.write') && (
        <section aria-labelledby="share-heading">
          <h2 id="share-heading">{words.shareTitle}</h2>
          <CaseForm
            action={shareSurvivorMessage.bind(null, id)}
            idPrefix="survivor-message"
            submitLabel={words.shareButton}
            pendingLabel={words.sharePending}
            groups={[
              {
                fields: [
                  {
                    kind: 'textarea',
                    name: 'text',
                    label: words.shareLabel,
                    hint: words.shareHint,
                    required: true,
                    rows: 5,
                  },
                ],
              },
            ]}
          />
        </section>
      )}
    </>
  );
}
