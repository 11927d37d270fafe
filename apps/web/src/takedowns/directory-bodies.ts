import { platformInput } from './takedown-bodies';

// CaseForm's checkbox sends "true" when ticked and nothing otherwise: a ticked box is one
// the form sent at all.
const ticked = (form: FormData, name: string) => form.get(name) !== null;

/** The body of PATCH /platforms/{id} from the directory's edit form. */
export function platformUpdateInput(form: FormData) {
  return { ...platformInput(form, false), archived: ticked(form, 'archived') };
}

/** The body of PATCH /takedown-settings from the approval and replies form. */
export function takedownSettingsInput(form: FormData) {
  const domain = form.get('inboundDomain');
  return {
    fourEyes: ticked(form, 'fourEyes'),
    inboundDomain: (typeof domain === 'string' && domain.trim()) || null,
  };
}
