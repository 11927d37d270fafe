'use client';

import type { FieldLocale } from '@cairn/contracts';
import { useEffect, useRef } from 'react';
import { FORM_MESSAGES } from '../i18n/form-messages';

export interface SummaryError {
  /** The id of the field the error is about, without `#`. */
  fieldId: string;
  message: string;
}

interface ErrorSummaryProps {
  locale?: FieldLocale;
  /** About the whole attempt; shown under the heading. */
  message?: string;
  errors: readonly SummaryError[];
}

/**
 * The box at the top of a refused form: what went wrong, each field error a link to its
 * field. With JavaScript it takes the focus when drawn, so a keyboard or screen-reader user
 * lands on it and the page's title starts "Error:"; without, it is the first thing in the
 * form. Draws nothing when there is nothing to say.
 */
export function ErrorSummary({ locale = 'en', message, errors }: ErrorSummaryProps) {
  const box = useRef<HTMLDivElement>(null);
  const words = FORM_MESSAGES[locale];
  const shown = Boolean(message) || errors.length > 0;

  useEffect(() => {
    if (!shown) return;
    box.current?.focus();
    // Said first in the title too, where a screen reader starts reading the page.
    if (!document.title.startsWith(words.errorTitlePrefix))
      document.title = `${words.errorTitlePrefix}${document.title}`;
    const prefix = words.errorTitlePrefix;
    return () => {
      if (document.title.startsWith(prefix)) document.title = document.title.slice(prefix.length);
    };
  }, [shown, words]);

  if (!shown) return null;
  return (
    <div
      className="error-summary"
      ref={box}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
    >
      <h2 id="error-summary-title">{words.problemTitle}</h2>
      {message && <p>{message}</p>}
      {errors.length > 0 && (
        <ul>
          {errors.map((error) => (
            <li key={error.fieldId}>
              <a href={`#${error.fieldId}`}>{error.message}</a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * The summary for a form whose state holds a message and field errors: one line per form,
 * naming the id of each field in the order the form shows them.
 */
export function FormErrorSummary<Field extends string>({
  state,
  ids,
}: {
  state: {
    message?: string;
    fieldErrors: Partial<Record<Field, string>>;
    locale?: FieldLocale;
  };
  ids: Record<Field, string>;
}) {
  const errors = (Object.entries(ids) as [Field, string][]).flatMap(([field, fieldId]) => {
    const message = state.fieldErrors[field];
    return message ? [{ fieldId, message }] : [];
  });
  return <ErrorSummary locale={state.locale} message={state.message} errors={errors} />;
}
