import { platformUpdateInput, takedownSettingsInput } from './directory-bodies';

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

describe('platform directory and template settings bodies', () => {
  it('reads the form’s ticked boxes as true and unticked ones as false', () => {
    expect(takedownSettingsInput(form([['fourEyes', 'true']]))).toEqual({
      fourEyes: true,
      inboundDomain: null,
    });
    expect(takedownSettingsInput(form([['inboundDomain', ' replies.example.org ']]))).toEqual({
      fourEyes: false,
      inboundDomain: 'replies.example.org',
    });
    expect(platformUpdateInput(form([['archived', 'true']])).archived).toBe(true);
    expect(platformUpdateInput(form([['name', 'Example']])).archived).toBe(false);
  });
});
