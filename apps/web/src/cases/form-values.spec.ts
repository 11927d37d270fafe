import { CHECK_FIELDS_MESSAGE } from '../forms/form-state';
import { formValues, placeErrors } from './form-values';

describe('case form errors', () => {
  const fields = ['title', 'survivor.name', 'survivor.safeContact.never', 'location.url'];

  it('puts an error on the field named by the longest prefix of its path', () => {
    const state = placeErrors(fields, [
      { field: 'survivor.name', message: 'required' },
      { field: 'survivor.safeContact.never.2', message: 'too long' },
    ]);
    expect(state.fieldErrors).toEqual({
      'survivor.name': 'required',
      'survivor.safeContact.never': 'too long',
    });
    expect(state.message).toBe(CHECK_FIELDS_MESSAGE);
  });

  it('says errors on fields the form lacks in its message, rather than dropping them', () => {
    const state = placeErrors(fields, [{ field: 'jurisdiction', message: 'invalid' }]);
    expect(state.fieldErrors).toEqual({});
    expect(state.message).toBe('jurisdiction: invalid');
  });

  it('keeps every value sent, but not the action’s own fields', () => {
    const form = new FormData();
    form.append('$ACTION_ID_abc', '');
    form.append('abuseTypes', 'DOXXING');
    form.append('abuseTypes', 'NCII');
    form.append('title', 'T');
    expect(formValues(form)).toEqual({ abuseTypes: ['DOXXING', 'NCII'], title: ['T'] });
  });
});
