import type { ConsentScope, ContactChannel } from '@cairn/contracts';
import type { Form } from '@cairn/content';
import { ContactChannel as ContactChannels } from '@cairn/contracts';

/**
 * The items of an intake form as the page renders them: the guide's five Umbrella types and
 * the ones intake adds (docs: the form format in packages/content). Every answerable item
 * has a name, which is its field's name in the submission.
 */
interface Common {
  label?: string;
  hint?: string;
  required?: boolean;
}
type Option = { value: string; label: string };

export type IntakeItem =
  | (Common & { type: 'label'; name?: string })
  | (Common & { type: 'text_input' | 'text_area' | 'date' | 'time'; name: string })
  | (Common & { type: 'single_choice' | 'multiple_choice'; name: string; options: Option[] })
  | (Common & { type: 'file'; name: string; multiple?: boolean })
  | (Common & { type: 'consent'; name: string; scope?: ConsentScope })
  | (Common & { type: 'safe_contact'; name: string });

export type AnswerableItem = Exclude<IntakeItem, { type: 'label' }>;

export interface IntakeScreen {
  name: string;
  items: IntakeItem[];
}

/** The form's screens, typed as the page reads them. */
export function intakeScreens(form: Form): IntakeScreen[] {
  return form.screens as unknown as IntakeScreen[];
}

export function isAnswerable(item: IntakeItem): item is AnswerableItem {
  return item.type !== 'label';
}

/** The channels a safe-contact item offers, in the contracts' order. */
export const CONTACT_CHANNELS: readonly ContactChannel[] = ContactChannels.options;

/** Longest answer a text item takes, as the server checks it (refused, never cut). */
export const MAX_LENGTH = { text_input: 500, text_area: 20_000 } as const;

/** Sub-fields of a safe-contact item, as `<name>.<field>` in the submission. */
export const SAFE_CONTACT_FIELDS = ['channels', 'times', 'details', 'never'] as const;
