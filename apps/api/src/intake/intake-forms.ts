import { Injectable } from '@nestjs/common';
import {
  defaultGuideFiles,
  formFromSource,
  formVersion,
  parseContentPath,
  type Form,
} from '@cairn/content';
import type { Tx } from '../core/database/prisma.service';
import { AppError } from '../core/errors/app-error';

/** One revision of an intake form: what a submission's answers are checked against. */
export interface FormRevision {
  form: Form;
  path: string;
  version: string;
}

function isFormOf(path: string, locale: string, formId: string): boolean {
  const place = parseContentPath(path);
  return (
    !('error' in place) && place.kind === 'form' && place.locale === locale && place.name === formId
  );
}

interface Candidate {
  path: string;
  /** What readers see at the path now; null when the organisation withdrew it. */
  current: string | null;
  /** Every other text the path has had: the organisation's revisions and the shared file. */
  earlier: string[];
}

/**
 * Finds the intake forms of an organisation's guide. A form takes submissions when one of
 * the organisation's helplines names it as its intake form, so a guide's worksheets (which
 * Umbrella's forms are) never open cases.
 */
/** Parsed forms kept by content address: a version names one text, so it never goes stale. */
const PARSED_KEPT = 200;

@Injectable()
export class IntakeForms {
  private readonly parsed = new Map<string, Form | null>();
  private readonly shared = new Map<string, Promise<{ path: string; text: string }[]>>();

  private parse(path: string, text: string, version: string): Form | null {
    const key = `${path}@${version}`;
    if (!this.parsed.has(key)) {
      if (this.parsed.size >= PARSED_KEPT) this.parsed.delete(this.parsed.keys().next().value!);
      this.parsed.set(key, formFromSource(path, text).form ?? null);
    }
    return this.parsed.get(key)!;
  }

  /** Whether the form is one the organisation takes submissions through. */
  async requireIntakeForm(tx: Tx, formId: string): Promise<void> {
    const helpline = await tx.helpline.findFirst({
      where: { intakeFormId: formId },
      select: { id: true },
    });
    // A form of the guide that no helpline names is a worksheet to read, not an intake form:
    // its own code, so the public page can say so rather than "not found".
    if (!helpline)
      throw new AppError(
        'form-not-offered',
        'None of this organisation’s helplines takes this form; reach them another way',
      );
  }

  /**
   * The revision of the form whose source hashes to `version`: the one readers see now, an
   * earlier revision the organisation published, or the shared guide's file. 404 when the
   * guide has no such form; 409 form-changed when it has, but none of its texts match.
   */
  async revision(tx: Tx, locale: string, formId: string, version: string): Promise<FormRevision> {
    await this.requireIntakeForm(tx, formId);
    const candidates = await this.candidates(tx, locale, formId);
    if (!candidates.some((candidate) => candidate.current !== null))
      throw AppError.notFound('form');
    for (const { path, current, earlier } of candidates) {
      for (const text of current === null ? earlier : [current, ...earlier]) {
        if (formVersion(text) !== version) continue;
        const form = this.parse(path, text, version);
        if (form) return { form, path, version };
      }
    }
    throw new AppError(
      'form-changed',
      'The form was changed since this page was opened; open it again to see the new version',
    );
  }

  /** The form as readers see it now, for showing a submission's answers with its labels. */
  async current(tx: Tx, locale: string, formId: string, version: string): Promise<Form | null> {
    for (const { path, current, earlier } of await this.candidates(tx, locale, formId)) {
      const texts = [...(current === null ? [] : [current]), ...earlier];
      const text = texts.find((candidate) => formVersion(candidate) === version);
      if (text) return this.parse(path, text, version);
    }
    return null;
  }

  /** The shared guide's files of a form; the shared guide does not change while running. */
  private sharedFiles(locale: string, formId: string) {
    const key = `${locale}/${formId}`;
    let files = this.shared.get(key);
    if (!files) {
      files = defaultGuideFiles().then((all) =>
        all.filter((file) => isFormOf(file.path, locale, formId)),
      );
      if (this.shared.size >= PARSED_KEPT) this.shared.clear();
      this.shared.set(key, files);
    }
    return files;
  }

  private async candidates(tx: Tx, locale: string, formId: string): Promise<Candidate[]> {
    const shared = await this.sharedFiles(locale, formId);
    const documents = (
      await tx.guideDocument.findMany({
        where: { kind: 'form', path: { startsWith: `${locale}/` } },
        select: {
          path: true,
          currentRevision: true,
          revisions: { select: { number: true, source: true }, orderBy: { number: 'desc' } },
        },
      })
    ).filter((document) => isFormOf(document.path, locale, formId));
    const paths = [...new Set([...shared, ...documents].map((entry) => entry.path))].sort();
    return paths.map((path) => {
      const sharedText = shared.find((file) => file.path === path)?.text ?? null;
      const document = documents.find((entry) => entry.path === path);
      const published = document?.revisions.find(
        (revision) => revision.number === document.currentRevision,
      );
      const current = published ? published.source : sharedText;
      const earlier = [
        ...(document?.revisions ?? [])
          .filter((revision) => revision !== published)
          .map((revision) => revision.source),
        sharedText,
      ].filter((text): text is string => text !== null && text !== current);
      return { path, current, earlier };
    });
  }
}
