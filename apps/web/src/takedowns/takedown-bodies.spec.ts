import { takedownInput } from './takedown-bodies';

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

describe('the takedown composer body', () => {
  it('carries the statements a caseworker ticked, as the form sends them', () => {
    // CaseForm's checkboxes send "true": a DMCA notice with both statements ticked has both.
    const ticked = takedownInput(
      form([
        ['noticeType', 'COPYRIGHT_DMCA'],
        ['elements.goodFaith', 'true'],
        ['elements.accuracyUnderPenalty', 'true'],
      ]),
    );
    expect(ticked.elements.goodFaith).toBe(true);
    expect(ticked.elements.accuracyUnderPenalty).toBe(true);
    const unticked = takedownInput(form([['noticeType', 'COPYRIGHT_DMCA']]));
    expect(unticked.elements.goodFaith).toBeUndefined();
    expect(unticked.elements.accuracyUnderPenalty).toBeUndefined();
  });
});
