'use client';

import { useActionState } from 'react';
import type { FieldLocale, TakedownTemplateView } from '@cairn/contracts';
import { saveTemplate } from '../../takedowns/directory-actions';
import { DIRECTORY_MESSAGES } from '../../takedowns/directory-messages';
import type { TemplateFormState } from '../../takedowns/template-form-state';
import { ErrorSummary } from '../error-summary';
import { FieldError } from '../field-error';

/**
 * A template's subject and body, with a preview (example values) and the check of the
 * elements its notice must carry. Two buttons of one plain form: it works without JavaScript.
 */
export function TemplateForm({
  template,
  locale,
}: {
  template: TakedownTemplateView;
  locale: FieldLocale;
}) {
  const words = DIRECTORY_MESSAGES[locale];
  const initial: TemplateFormState = { fieldErrors: {}, attempt: 0 };
  const [state, action, pending] = useActionState(saveTemplate.bind(null, template.id), initial);
  const subject = state.text?.subject ?? template.subject;
  const body = state.text?.body ?? template.body;
  const errors = (['subject', 'body'] as const).flatMap((field) =>
    state.fieldErrors[field]
      ? [{ fieldId: `template-${field}`, message: state.fieldErrors[field] }]
      : [],
  );
  return (
    <>
      <form key={state.attempt} className="form" action={action} noValidate>
        <ErrorSummary locale={state.locale ?? locale} message={state.message} errors={errors} />
        {state.done && (
          <p className="form-done" role="status">
            {state.done}
          </p>
        )}
        <div className="field">
          <label htmlFor="template-subject">{words.subject}</label>
          <input
            id="template-subject"
            name="subject"
            lang={template.locale}
            defaultValue={subject}
            aria-invalid={state.fieldErrors.subject ? true : undefined}
            aria-describedby={state.fieldErrors.subject ? 'template-subject-error' : undefined}
          />
          <FieldError id="template-subject-error" message={state.fieldErrors.subject} />
        </div>
        <div className="field">
          <label htmlFor="template-body">{words.text}</label>
          <p className="hint" id="template-body-hint">
            {words.textHint('{{platformName}}', '{{#urls}}', '{{/urls}}')}
          </p>
          <textarea
            id="template-body"
            name="body"
            lang={template.locale}
            rows={18}
            defaultValue={body}
            aria-invalid={state.fieldErrors.body ? true : undefined}
            aria-describedby={
              state.fieldErrors.body
                ? 'template-body-hint template-body-error'
                : 'template-body-hint'
            }
          />
          <FieldError id="template-body-error" message={state.fieldErrors.body} />
        </div>
        <div className="button-row">
          <button
            type="submit"
            name="intent"
            value="preview"
            className="secondary"
            disabled={pending}
          >
            {words.preview}
          </button>
          <button type="submit" name="intent" value="save" disabled={pending}>
            {words.saveTemplate}
          </button>
        </div>
      </form>
      {state.preview && (
        <section aria-labelledby="template-preview-heading">
          <h2 id="template-preview-heading">{words.previewHeading}</h2>
          <div lang={template.locale}>
            <p>
              <strong>{state.preview.subject}</strong>
            </p>
            <pre className="notice-body">{state.preview.body}</pre>
          </div>
        </section>
      )}
    </>
  );
}
