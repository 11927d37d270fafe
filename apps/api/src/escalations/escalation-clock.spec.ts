import { waitingPauses } from './escalation-clock';
import { unassignedSince } from './escalation-due';

const at = (iso: string) => new Date(iso);

describe('waitingPauses', () => {
  it('pauses from each move to WAITING_ON_SURVIVOR to the next move out, in time order', () => {
    const pauses = waitingPauses(
      [
        { at: at('2026-12-03T10:00:00Z'), from: 'WAITING_ON_SURVIVOR', to: 'ACTIVE' },
        { at: at('2026-12-01T10:00:00Z'), from: 'NEW', to: 'WAITING_ON_SURVIVOR' },
        { at: at('2026-12-04T10:00:00Z'), from: 'ACTIVE', to: 'WAITING_ON_THIRD_PARTY' },
      ],
      'WAITING_ON_THIRD_PARTY',
    );
    expect(pauses).toEqual([
      { from: at('2026-12-01T10:00:00Z').getTime(), to: at('2026-12-03T10:00:00Z').getTime() },
    ]);
  });

  it('leaves the pause open while the case still waits on the survivor', () => {
    expect(
      waitingPauses(
        [{ at: at('2026-12-01T10:00:00Z'), from: 'NEW', to: 'WAITING_ON_SURVIVOR' }],
        'WAITING_ON_SURVIVOR',
      ),
    ).toEqual([{ from: at('2026-12-01T10:00:00Z').getTime(), to: null }]);
  });

  it('counts no pause for waiting on a third party', () => {
    expect(
      waitingPauses(
        [{ at: at('2026-12-01T10:00:00Z'), from: 'NEW', to: 'WAITING_ON_THIRD_PARTY' }],
        'WAITING_ON_THIRD_PARTY',
      ),
    ).toEqual([]);
  });
});

describe('unassignedSince', () => {
  const opened = at('2026-12-01T09:00:00Z');
  const edit = (iso: string, kind: string, data: unknown) => ({ at: at(iso), kind, data });

  it('starts at the opening for a case high from the start, however often it is edited', () => {
    expect(
      unassignedSince(opened, [
        edit('2026-12-01T10:00:00Z', 'CASE_UPDATED', { riskLevel: 'HIGH' }),
      ]),
    ).toEqual(opened);
  });

  it('starts when the risk was raised from a lower level', () => {
    expect(
      unassignedSince(opened, [
        edit('2026-12-01T10:00:00Z', 'CASE_UPDATED', { riskLevel: 'LOW' }),
        edit('2026-12-01T11:00:00Z', 'CASE_UPDATED', { riskLevel: 'HIGH' }),
        edit('2026-12-01T12:00:00Z', 'CASE_UPDATED', { riskLevel: 'CRITICAL' }),
      ]),
    ).toEqual(at('2026-12-01T11:00:00Z'));
  });

  it('starts again when the last assignee was removed', () => {
    expect(
      unassignedSince(opened, [
        edit('2026-12-01T10:00:00Z', 'ASSIGNEES_CHANGED', { assigneeIds: ['a'] }),
        edit('2026-12-01T13:00:00Z', 'ASSIGNEES_CHANGED', { assigneeIds: [] }),
      ]),
    ).toEqual(at('2026-12-01T13:00:00Z'));
  });
});
