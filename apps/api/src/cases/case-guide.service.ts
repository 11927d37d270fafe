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
    return this.stepTexts(itemId).en;
  }

  /**
   * A step's words in each language of the guide that has it, by its item id
   * (`checklist:step`): the timeline stores the id, and the reader's page picks the words.
   */
  stepTexts(itemId: string): Record<string, string> {
    const [checklistId, stepId] = itemId.split(':');
    if (!(CASE_CHECKLISTS as readonly string[]).includes(checklistId ?? '')) return {};
    const texts: Record<string, string> = {};
    for (const locale of this.loaded().locales) {
      const checklist = this.loaded().getChecklist(locale, checklistId!);
      const step = checklist?.items.find((item) => 'id' in item && item.id === stepId);
      if (step && 'check' in step) texts[locale] = step.check;
    }
    return texts;
  }
}
