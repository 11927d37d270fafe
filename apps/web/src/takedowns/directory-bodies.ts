import { platformInput, ticked } from './takedown-bodies';

/** The body of PATCH /platforms/{id} from the directory's edit form. */
export function platformUpdateInput(form: FormData) {
  return { ...platformInput(form), archived: ticked(form, 'archived') };
}

/** The body of PATCH /takedown-settings from the approval and replies form. */
export function takedownSettingsInput(form: FormData) {
  const domain = form.get('inboundDomain');
  return {
    fourEyes: ticked(form, 'fourEyes'),
    inboundDomain: (typeof domain === 'string' && domain.trim()) || null,
  };
}
