import { NextResponse, type NextRequest } from 'next/server';
import {
  CreateEvidenceExportBody,
  EvidenceExportView,
  ExportRecipient,
  evidenceExportRoutes,
  fieldMessage,
} from '@cairn/contracts';
import { readJson } from '../../../../../../../api/api-client';
import { sessionApiToken } from '../../../../../../../auth/session-token';
import { serverEnv } from '../../../../../../../config/env';
import { checkedId, evidencePage } from '../../../../../../../evidence/evidence-api';
import { EVIDENCE_MESSAGES } from '../../../../../../../evidence/evidence-messages';
import { exportRefusal } from '../../../../../../../evidence/evidence-problems';
import { putExportReport, type ExportReport } from '../../../../../../../evidence/evidence-report';
import { zodFieldErrors } from '../../../../../../../forms/form-state';
import { staffLocale } from '../../../../../../../forms/staff-locale';
import { sentFromOrigin } from '../../../../../../../security/same-origin';

const text = (body: string, status: number) =>
  new Response(`${body}\n`, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });

/** After a POST, on to a page with a GET (303), never re-sending the form. */
const seeOther = (path: string) =>
  NextResponse.redirect(new URL(path, serverEnv().NEXTAUTH_URL), 303);

const trimmed = (value: FormDataEntryValue | null) =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

/**
 * Starts an export from the export dialog. A small bundle streams straight back as the
 * download; a large one is built by the worker and the browser goes to its progress page;
 * a refusal goes back to the dialog with what was chosen, in a short-lived cookie (never the
 * passphrase, which is not kept anywhere).
 */
export async function POST(
  request: NextRequest,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  const caseId = checkedId((await params).id);
  if (!sentFromOrigin(request, serverEnv().NEXTAUTH_URL)) {
    return text('Start the export from its page in Cairn.', 403);
  }
  const token = await sessionApiToken();
  if (!token) return seeOther('/signin');
  const locale = await staffLocale();
  const words = EVIDENCE_MESSAGES[locale];
  const dialog = evidencePage(caseId, '/export');

  const form = await request.formData();
  const scope = form.get('scope') === 'some' ? 'some' : 'all';
  const itemIds = form.getAll('itemIds').filter((value) => typeof value === 'string');
  const recipient = trimmed(form.get('recipient'));
  const overrideReason = trimmed(form.get('overrideReason'));
  const passphrase = form.get('passphrase');
  const values: ExportReport['values'] = {
    recipient,
    scope,
    itemIds: itemIds.slice(0, 500),
    overrideReason: overrideReason?.slice(0, 1_000),
  };
  const refuse = async (message: string, field?: ExportReport['field']) => {
    await putExportReport(caseId, { message, field, values });
    return seeOther(dialog);
  };

  if (scope === 'some' && itemIds.length === 0) return refuse(words.exportChooseItems, 'itemIds');
  const body = CreateEvidenceExportBody.safeParse({
    recipient,
    itemIds: scope === 'some' ? itemIds : undefined,
    passphrase: typeof passphrase === 'string' && passphrase !== '' ? passphrase : undefined,
    overrideReason,
  });
  if (!body.success) {
    const [first] = zodFieldErrors(body.error);
    const field = first?.field.split('.')[0] as ExportReport['field'];
    const message = first?.code
      ? fieldMessage({ rule: first.code, params: first.params }, locale)
      : (first?.message ?? words.unavailable);
    return refuse(message, field);
  }

  const recipientName = words.recipients[ExportRecipient.parse(body.data.recipient)];
  const answer = await fetch(
    new URL(evidenceExportRoutes.create.path.replace('{id}', caseId), serverEnv().API_URL),
    {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        accept: 'application/zip, application/json, application/problem+json',
      },
      body: JSON.stringify(body.data),
      cache: 'no-store',
    },
  );
  if (answer.status === 401) return seeOther('/signin?ended=1');
  if (answer.status === 202) {
    const queued = EvidenceExportView.parse(await readJson(answer));
    return seeOther(evidencePage(caseId, `/export/${queued.id}`));
  }
  if (!answer.ok || !answer.body) {
    return refuse(exportRefusal(answer.status, await readJson(answer), words, recipientName));
  }
  return new Response(answer.body, {
    headers: {
      'content-type': 'application/zip',
      'content-disposition':
        answer.headers.get('content-disposition') ?? 'attachment; filename="evidence.zip"',
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-store',
    },
  });
}
