import type { PageContext } from '../guide/pages/page';
import { FILLABLE_FORM } from '../guide/paths';
import type { GuideSite } from '../guide/site';

/** Where an organisation's fillable form lives; the page posts to the same address. */
export function intakeFormPath(site: GuideSite, locale: string, id: string): string {
  return `${site.paths.root}/${locale}/${FILLABLE_FORM}/${id}`;
}

/**
 * The fillable form's address when this guide can receive it (an organisation's guide that
 * has the form in this language); undefined for the shared guide, whose forms are only read.
 */
export function fillableFormPath(site: GuideSite, locale: string, id: string): string | undefined {
  return site.intake && site.guide.getForm(locale, id)
    ? intakeFormPath(site, locale, id)
    : undefined;
}

/** The organisation's own contact form in this language, from its own helpline that names one. */
export async function ownIntakeForm({
  site,
  locale,
}: PageContext): Promise<{ href: string; title: string } | undefined> {
  if (!site.intake) return undefined;
  const own = (await site.helplines())?.find((line) => line.own && line.intakeFormId);
  const form = own?.intakeFormId ? site.guide.getForm(locale, own.intakeFormId) : undefined;
  return form && { href: intakeFormPath(site, locale, form.id), title: form.title };
}

export function followUpPath(slug: string): string {
  return `/o/${slug}/follow-up`;
}

/** Where the page's script asks for a proof-of-work challenge, through this host. */
export function challengePath(slug: string): string {
  return `/o/${slug}/intake/challenge`;
}
