'use server';

import { UpdateMailSettingsBody } from '@cairn/contracts';
import type { CaseFormState } from '../cases/form-values';
import { formText } from '../forms/form-state';
import { staffLocale } from '../forms/staff-locale';
import { submitForm } from '../forms/submit-form';
import { MAIL_MESSAGES } from './mail-messages';

const MAIL_SETTINGS_FIELDS = [
  'fromAddress',
  'fromName',
  'dkim.domain',
  'dkim.selector',
  'dkim.privateKey',
];

/**
 * The body of PUT /mail/settings from the form: an empty sending address or name goes back
 * to the deployment's; the DKIM key is replaced only when a new one is pasted, and signing
 * stops only when asked in so many words.
 */
function mailSettingsInput(form: FormData): unknown {
  const orNull = (name: string) => formText(form, name).trim() || null;
  const privateKey = formText(form, 'dkim.privateKey').trim();
  const dkim =
    form.get('stopSigning') === 'true'
      ? null
      : privateKey
        ? {
            domain: formText(form, 'dkim.domain').trim(),
            selector: formText(form, 'dkim.selector').trim(),
            privateKey,
          }
        : undefined;
  return {
    fromAddress: orNull('fromAddress'),
    fromName: orNull('fromName'),
    ...(dkim === undefined ? {} : { dkim }),
  };
}

export async function saveMailSettings(
  previous: CaseFormState,
  form: FormData,
): Promise<CaseFormState> {
  const words = MAIL_MESSAGES[await staffLocale()];
  return submitForm({
    previous,
    form,
    fields: MAIL_SETTINGS_FIELDS,
    schema: UpdateMailSettingsBody,
    input: mailSettingsInput(form),
    method: 'PUT',
    path: '/mail/settings',
    done: words.saved,
    page: '/mail/settings',
    gone: words.organisationGone,
    conflict: words.changeAdminsOnly,
  });
}
