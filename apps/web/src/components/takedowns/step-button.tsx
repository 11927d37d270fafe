'use client';

import { useActionState } from 'react';
import { INITIAL_CASE_FORM_STATE, type CaseFormState } from '../../cases/form-values';
import { ErrorSummary } from '../error-summary';

/**
 * One step of a request's lifecycle as a form of one button: a plain POST without
 * JavaScript. A refusal (a missing element, consent, a second person) is said above it.
 */
export function StepButton({
  action,
  label,
  pendingLabel,
  secondary,
}: {
  action: (state: CaseFormState, form: FormData) => Promise<CaseFormState>;
  label: string;
  pendingLabel: string;
  secondary?: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, INITIAL_CASE_FORM_STATE);
  return (
    <form key={state.attempt} className="form step-form" action={formAction}>
      <ErrorSummary locale={state.locale} message={state.message} errors={[]} />
      <button type="submit" className={secondary ? 'secondary' : undefined} disabled={pending}>
        {pending ? pendingLabel : label}
      </button>
    </form>
  );
}
