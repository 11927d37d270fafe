'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { IdParams } from '@cairn/contracts';
import { callApi } from '../api/api-client';
import { formText } from '../forms/form-state';
import { requireApiToken } from '../staff/staff-api';

/**
 * Queues a failed email again. A plain form POST: it answers by sending the admin back to
 * the email's page, which says what happened.
 */
export async function resendEmail(form: FormData): Promise<void> {
  const params = IdParams.safeParse({ id: formText(form, 'id') });
  if (!params.success) redirect('/mail');
  const { id } = params.data;
  const token = await requireApiToken();
  const response = await callApi(`/mail/outbox/${id}/resend`, { method: 'POST', token });
  if (response.status === 401) redirect('/signin?ended=1');
  if (response.status === 404) redirect('/mail');
  if (!response.ok && response.status !== 409) {
    throw new Error(`POST /mail/outbox/{id}/resend answered ${response.status}`);
  }
  revalidatePath('/mail');
  redirect(`/mail/${id}?${response.ok ? 'resent=1' : 'resend=refused'}`);
}
