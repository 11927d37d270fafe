import { CaseListQuery } from '@cairn/contracts';
import { apiListQuery, filtersBeyondSearch, withParams } from './list-query';

describe('the case list query', () => {
  it('joins boxes ticked once each into the comma-separated lists the API reads', () => {
    const query = apiListQuery(
      { status: ['NEW', 'TRIAGE'], risk: 'HIGH', abuseType: ['DOXXING', 'NCII'] },
      'UTC',
    );
    expect(query.get('status')).toBe('NEW,TRIAGE');
    expect(query.get('risk')).toBe('HIGH');
    expect(query.get('abuseType')).toBe('DOXXING,NCII');
    expect(CaseListQuery.parse(Object.fromEntries(query))).toMatchObject({
      status: ['NEW', 'TRIAGE'],
      abuseType: ['DOXXING', 'NCII'],
    });
  });

  it('leaves out untouched fields, so they do not filter', () => {
    const query = apiListQuery(
      { q: '  ', assignee: '', platform: '', mine: undefined, createdFrom: '' },
      'UTC',
    );
    expect(query.toString()).toBe('');
  });

  it('sends the flags only when ticked', () => {
    const query = apiListQuery({ mine: 'true', unassigned: 'false' }, 'UTC');
    expect(query.get('mine')).toBe('true');
    expect(query.has('unassigned')).toBe(false);
  });

  it('reads date filters as whole days in the organisation’s time zone', () => {
    const query = apiListQuery(
      { createdFrom: '2026-03-01', createdTo: '2026-03-31' },
      'Europe/Paris',
    );
    expect(query.get('createdFrom')).toBe('2026-02-28T23:00:00.000Z');
    // Paris is on summer time from 29 March.
    expect(query.get('createdTo')).toBe('2026-03-31T21:59:59.999Z');
  });

  it('passes a malformed date through for the schema to name it', () => {
    const query = apiListQuery({ updatedFrom: 'yesterday', createdTo: '2026-13-45' }, 'UTC');
    expect(query.get('createdTo')).toBe('2026-13-45');
    const paths = CaseListQuery.safeParse(Object.fromEntries(query)).error?.issues.map((issue) =>
      issue.path.join('.'),
    );
    expect(paths?.sort()).toEqual(['createdTo', 'updatedFrom']);
  });

  it('keeps the filters on the next page’s link and replaces the cursor', () => {
    expect(withParams({ q: 'doxx', status: ['NEW', 'ACTIVE'], cursor: 'a' }, { cursor: 'b' })).toBe(
      'q=doxx&status=NEW&status=ACTIVE&cursor=b',
    );
  });

  it('counts a search sent with the form’s empty fields and default order as no filter', () => {
    const searched = {
      q: 'harassment',
      status: '',
      assignee: '',
      tag: '',
      sort: 'updatedAt',
      order: 'desc',
    };
    expect(filtersBeyondSearch(searched)).toBe(false);
    expect(filtersBeyondSearch({ ...searched, risk: 'HIGH' })).toBe(true);
    expect(filtersBeyondSearch({ ...searched, order: 'asc' })).toBe(true);
  });
});
