import type { Form, FormItem } from '@cairn/content';
import { ContactChannel, type ContactChannel as Channel } from '@cairn/contracts';

/** The items of an intake form as the page renders them (the form format of packages/content). */
export type IntakeItem = FormItem;
export type IntakeScreen = Form['screens'][number];
/** An item the survivor answers or attaches to: everything but information text. */
export type FieldItem = Exclude<IntakeItem, { type: 'label' }>;

export function intakeScreens(form: Form): IntakeScreen[] {
  return form.screens;
}

/** The channels a safe-contact item offers, in the contracts' order. */
export const CONTACT_CHANNELS: readonly Channel[] = ContactChannel.options;
