import { HelplineFields } from '@cairn/contracts';
import { helplineInput, toFormField } from './helpline-input';

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

describe('the helpline form', () => {
  const filled = form([
    ['name', 'Ligne Écoute'],
    ['languages', 'fr, en'],
    ['services', 'harassment'],
    ['services', 'doxxing'],
    ['regions', 'fr, be, Global'],
    ['timeZone', 'Europe/Paris'],
    ['responseHours', '24'],
    ['takesUrgent', 'true'],
    ['channels.0.kind', 'phone'],
    ['channels.0.value', ''],
    ['channels.0.label', ''],
    ['channels.1.kind', 'signal'],
    ['channels.1.value', '+33 6 00 00 00 00'],
    ['channels.1.secure', 'true'],
    ['channels.2.kind', 'email'],
    ['channels.2.value', ''],
  ]);

  it('reads a body the shared schema accepts, leaving out empty channel rows', () => {
    const { body, channelRows } = helplineInput(filled);
    const parsed = HelplineFields.parse(body);
    expect(parsed.regions).toEqual(['FR', 'BE', 'global']);
    expect(parsed.services).toEqual(['harassment', 'doxxing']);
    expect(parsed.responseHours).toBe(24);
    expect(parsed.takesUrgent).toBe(true);
    expect(parsed.channels).toEqual([
      { kind: 'signal', value: '+33 6 00 00 00 00', secure: true, label: undefined },
    ]);
    expect(channelRows).toEqual([1]);
  });

  it("puts a channel's error on the row it was typed in", () => {
    expect(toFormField('channels.0.value', [1])).toBe('channels.1.value');
    expect(toFormField('channels', [1])).toBe('channels');
    expect(toFormField('name', [1])).toBe('name');
  });

  it('refuses a response time that is not a number, by name', () => {
    const data = form([['responseHours', 'soon']]);
    const refused = HelplineFields.safeParse(helplineInput(data).body);
    expect(refused.error?.issues.some((issue) => issue.path[0] === 'responseHours')).toBe(true);
  });
});
