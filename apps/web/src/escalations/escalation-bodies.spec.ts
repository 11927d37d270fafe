import { calendarInput, dateLines, ruleInput } from './escalation-bodies';

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

describe('escalation form bodies', () => {
  it('reads a ticked rule and its numbers, and an empty escalation as never', () => {
    expect(
      ruleInput(
        'TAKEDOWN_UNANSWERED',
        form([
          ['enabled', 'true'],
          ['followUpAfterBusinessDays', '5'],
          ['escalateAfterBusinessDays', ''],
          ['escalateTo', 'REGULATOR'],
          ['regulatorEmail', ' complaints@regulator.example '],
        ]),
      ),
    ).toEqual({
      kind: 'TAKEDOWN_UNANSWERED',
      enabled: true,
      followUpAfterBusinessDays: 5,
      escalateAfterBusinessDays: null,
      escalateTo: 'REGULATOR',
      regulatorEmail: 'complaints@regulator.example',
    });
  });

  it('reads an unticked rule as off and sends a mistyped number as typed, for the schema to name', () => {
    expect(ruleInput('HIGH_RISK_UNASSIGNED', form([['afterMinutes', 'ten']]))).toEqual({
      kind: 'HIGH_RISK_UNASSIGNED',
      enabled: false,
      afterMinutes: 'ten',
    });
  });

  it('reads days as numbers and holidays one per line or comma', () => {
    expect(
      calendarInput(
        form([
          ['days', '1'],
          ['days', '5'],
          ['opens', '09:00'],
          ['closes', '17:00'],
          ['holidays', '2026-12-25\r\n\r\n2026-12-26, 2027-01-01'],
        ]),
      ),
    ).toEqual({
      days: [1, 5],
      opens: '09:00',
      closes: '17:00',
      holidays: ['2026-12-25', '2026-12-26', '2027-01-01'],
    });
    expect(dateLines('  ')).toEqual([]);
  });
});
