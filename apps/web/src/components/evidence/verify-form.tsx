'use client';

import { useActionState } from 'react';
import type { FieldLocale } from '@cairn/contracts';
import type { VerifyState } from '../../evidence/evidence-actions';
import { EVIDENCE_MESSAGES } from '../../evidence/evidence-messages';
import styles from './evidence.module.css';

/** Re-reads the stored file; the answer is a sentence (works as a plain form without JavaScript). */
export function VerifyForm({
  action,
  locale,
}: {
  action: (state: VerifyState) => Promise<VerifyState>;
  locale: FieldLocale;
}) {
  const words = EVIDENCE_MESSAGES[locale];
  const [state, formAction, pending] = useActionState(action, { attempt: 0 });
  return (
    <form action={formAction}>
      <button type="submit" disabled={pending}>
        {pending ? words.verifying : words.verifyButton}
      </button>
      <div role="status">
        {state.sentence && (
          <p
            key={state.attempt}
            className={`${styles.outcome} ${state.matches ? '' : styles.outcomeBad}`}
          >
            {state.sentence}
          </p>
        )}
      </div>
    </form>
  );
}
