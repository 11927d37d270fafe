'use client';

import { useActionState } from 'react';
import type { TakedownTemplateView } from '@cairn/contracts';
import { saveTemplate } from '../../takedowns/takedown-actions';
import type { TemplateFormState } from '../../takedowns/template-form-state';
import { ErrorSummary } from '../error-summary';
import { FieldError } from '../field-error';

/**
 * A template's subject and body, with a preview (example values) and the check of the
 * elements its notice must carry. Two buttons of one plain form: it works without JavaScript.
 */
export function TemplateForm({ template }: { template: TakedownTemplateView }) {
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
        <ErrorSummary locale={state.locale} message={state.message} errors={errors} />
        {state.done && (
          <p className="form-done" role="status">
            {state.done}
          </p>
        )}
        <div className="field">
          <label htmlFor="template-subject">Subject</label>
          <input
            id="template-subject"
            name="subject"
            defaultValue={subject}
            aria-invalid={state.fieldErrors.subject ? true : undefined}
            aria-describedby={state.fieldErrors.subject ? 'template-subject-error' : undefined}
          />
          <FieldError id="template-subject-error" message={state.fieldErrors.subject} />
        </div>
        <div className="field">
          <label htmlFor="template-body">Text</label>
          <p className="hint" id="template-body-hint">
            Values in double braces, such as {'{{platformName}}'}; the addresses repeat between{' '}
            {'{{#urls}}'} and {'{{/urls}}'}.
          </p>
          <textarea
            id="template-body"
            name="body"
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
            Preview
          </button>
          <button type="submit" name="intent" value="save" disabled={pending}>
            Save the template
          </button>
        </div>
      </form>
      {state.preview && (
        <section aria-labelledby="template-preview-heading">
          <h2 id="template-preview-heading">Preview</h2>
          <p>
            <strong>{state.preview.subject}</strong>
          </p>
          <pre className="notice-body">{state.preview.body}</pre>
        </section>
      )}
    </>
  );
}
