import { Injectable, OnModuleInit } from '@nestjs/common';
import { defaultGuideDir, loadGuide, type Checklist, type Guide } from '@cairn/content';

/** The checklists every case carries, from the guide's safety advice. */
export const CASE_CHECKLISTS = ['cut-off-contact', 'secure-accounts', 'document-evidence'] as const;

/**
 * The guide's checklists, loaded once. A case reads them in the survivor's language when
 * the guide has it, else the organisation's, else English; item ids are the same in all.
 */
@Injectable()
export class CaseGuideService implements OnModuleInit {
  private guide?: Guide;

  async onModuleInit(): Promise<void> {
    this.guide = await loadGuide(defaultGuideDir);
  }

  private loaded(): Guide {
    if (!this.guide) throw new Error('The guide is not loaded yet');
    return this.guide;
  }

  localeFor(...preferences: string[]): string {
    const locales = this.loaded().locales;
    return (
      preferences.map((tag) => tag.split('-')[0]!).find((tag) => locales.includes(tag)) ?? 'en'
    );
  }

  checklists(locale: string): Checklist[] {
    return CASE_CHECKLISTS.flatMap((id) => this.loaded().getChecklist(locale, id) ?? []);
  }

  /**
   * A checklist's title: its own, so that checklists sharing a lesson's topic stay apart;
   * for a file that gives none, the first lesson of its topic.
   */
  titleOf(checklist: Checklist): string {
    if (checklist.title) return checklist.title;
    const lessons = this.loaded().lessons.filter(
      (lesson) =>
        lesson.locale === checklist.locale &&
        lesson.category === checklist.category &&
        lesson.topic === checklist.topic &&
        lesson.level === checklist.level,
    );
    return lessons.sort((a, b) => a.index - b.index)[0]?.title ?? checklist.id;
  }

  /** The English wording of a `<checklist>:<item>` step of the case checklists, if it is one. */
  stepText(itemId: string): string | undefined {
    const [checklistId, stepId] = itemId.split(':');
    const checklist = this.loaded().getChecklist('en', checklistId ?? '');
    if (!checklist || !(CASE_CHECKLISTS as readonly string[]).includes(checklist.id)) {
      return undefined;
    }
    const step = checklist.items.find((item) => 'id' in item && item.id === stepId);
    return step && 'check' in step ? step.check : undefined;
  }
}
