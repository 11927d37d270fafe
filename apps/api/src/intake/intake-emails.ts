import { RequestContext } from '../core/context/request-context';
import type { Tx } from '../core/database/prisma.service';
import { enqueueEmail } from '../mail/outbox/enqueue-email';

/*
 * What staff are told when a survivor writes: the case's reference and where to open it,
 * nothing of what the survivor said or who they are. An email crosses servers Cairn does
 * not control; the case holds the rest.
 */

interface Email {
  subject: string;
  text: string;
}

type Locale = 'en' | 'fr';

const lines = (...parts: string[]) => parts.join('\n');

function newCaseEmail(
  locale: Locale,
  facts: { reference: string; organization: string; link: string },
): Email {
  if (locale === 'fr')
    return {
      subject: `Nouveau dossier reçu par le formulaire : ${facts.reference}`,
      text: lines(
        'Bonjour,',
        '',
        `Un dossier, ${facts.reference}, vient d’être ouvert par le formulaire de ${facts.organization}.`,
        '',
        'Ouvrez-le dans Cairn :',
        facts.link,
        '',
        'Ce message ne dit rien de la personne, à dessein : le dossier contient ce qu’elle a envoyé.',
      ),
    };
  return {
    subject: `New case from the intake form: ${facts.reference}`,
    text: lines(
      'Hello,',
      '',
      `A case, ${facts.reference}, has just been opened through the intake form of ${facts.organization}.`,
      '',
      'Open it in Cairn:',
      facts.link,
      '',
      'This email says nothing about the person on purpose: the case holds what they sent.',
    ),
  };
}

function survivorMessageEmail(locale: Locale, facts: { reference: string; link: string }): Email {
  if (locale === 'fr')
    return {
      subject: `Nouveau message de la personne suivie : ${facts.reference}`,
      text: lines(
        'Bonjour,',
        '',
        `La personne du dossier ${facts.reference} a écrit ou envoyé des fichiers depuis sa page de suivi.`,
        '',
        'Lisez-le dans Cairn :',
        facts.link,
      ),
    };
  return {
    subject: `New message from the survivor: ${facts.reference}`,
    text: lines(
      'Hello,',
      '',
      `The person of case ${facts.reference} wrote or sent files from their follow-up page.`,
      '',
      'Read it in Cairn:',
      facts.link,
    ),
  };
}

/** Caseworkers and supervisors of the organisation; its admins when it has neither. */
async function intakeRecipients(tx: Tx): Promise<string[]> {
  const members = await tx.membership.findMany({
    select: { role: true, user: { select: { email: true } } },
    orderBy: { createdAt: 'asc' },
  });
  const staff = members.filter((member) => member.role !== 'ADMIN');
  return (staff.length > 0 ? staff : members).map((member) => member.user.email);
}

interface Context {
  caseId: string;
  reference: string;
  webOrigin: string;
  source: { kind: string; id: string };
}

async function organizationFacts(tx: Tx) {
  // Organisation rows are readable by all: this one, by its id.
  const organization = await tx.organization.findUniqueOrThrow({
    where: { id: RequestContext.organizationId() },
    select: { name: true, defaultLocale: true },
  });
  return {
    name: organization.name,
    locale: (organization.defaultLocale === 'fr' ? 'fr' : 'en') as Locale,
  };
}

async function send(tx: Tx, to: string[], email: Email, context: Context): Promise<void> {
  for (const address of new Set(to)) {
    await enqueueEmail(tx, {
      to: [address],
      subject: email.subject,
      text: email.text,
      headers: { 'Auto-Submitted': 'auto-generated' },
      caseId: context.caseId,
      source: context.source,
    });
  }
}

const caseLink = (webOrigin: string, caseId: string) =>
  `${webOrigin.replace(/\/$/, '')}/cases/${caseId}`;

/** Tells the organisation's staff that a survivor opened a case, in the same transaction. */
export async function notifyNewIntakeCase(tx: Tx, context: Context): Promise<void> {
  const organization = await organizationFacts(tx);
  const email = newCaseEmail(organization.locale, {
    reference: context.reference,
    organization: organization.name,
    link: caseLink(context.webOrigin, context.caseId),
  });
  await send(tx, await intakeRecipients(tx), email, context);
}

/**
 * Tells a case's assignees that the survivor wrote or sent files; with nobody assigned,
 * those intake mail goes to.
 */
export async function notifySurvivorMessage(tx: Tx, context: Context): Promise<void> {
  const organization = await organizationFacts(tx);
  const assignees = await tx.caseAssignee.findMany({
    where: { caseId: context.caseId },
    select: { user: { select: { email: true } } },
  });
  const to =
    assignees.length > 0 ? assignees.map((row) => row.user.email) : await intakeRecipients(tx);
  const email = survivorMessageEmail(organization.locale, {
    reference: context.reference,
    link: caseLink(context.webOrigin, context.caseId),
  });
  await send(tx, to, email, context);
}
