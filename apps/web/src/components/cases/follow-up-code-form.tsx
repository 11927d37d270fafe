'use client';

import type { FieldLocale } from '@cairn/contracts';
import { useActionState, useEffect, useRef } from 'react';
import type { FollowUpCodeState } from '../../cases/intake-actions';
import { ErrorSummary } from '../error-summary';
import styles from './intake.module.css';

interface Words {
  codeButton: string;
  codePending: string;
  codeShown: string;
  codeAdvice: string;
  codeOnce: string;
}

/**
 * Makes a new follow-up code and shows it this once, with how to pass it on. The code lives
 * only in this answer: a reload, or leaving the page, forgets it. Works as a plain form.
 */
export function FollowUpCodeForm({
  action,
  words,
  locale,
}: {
  action: (state: FollowUpCodeState) => Promise<FollowUpCodeState>;
  words: Words;
  locale: FieldLocale;
}) {
  const [state, formAction, pending] = useActionState(action, { attempt: 0 });
  const shown = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.code) shown.current?.focus();
  }, [state.code]);

  return (
    <form key={state.attempt} className="form" action={formAction}>
      <ErrorSummary locale={locale} message={state.message} errors={[]} />
      {state.code && (
        <div className={styles.codeShown} role="status" tabIndex={-1} ref={shown}>
          <p>
            {words.codeShown} <code className={styles.code}>{state.code}</code>
          </p>
          <p>{words.codeAdvice}</p>
          <p>{words.codeOnce}</p>
        </div>
      )}
      <button type="submit" disabled={pending}>
        {pending ? words.codePending : words.codeButton}
      </button>
    </form>
  );
}
