import { replayLookup } from './dns-answers';

describe('replayLookup', () => {
  const lookup = replayLookup([
    { name: 'key._domainkey.sender.example', type: 'TXT', answer: [['v=DKIM1; p=abc']] },
    { name: '_dmarc.sender.example', type: 'TXT', error: 'ENOTFOUND' },
  ]);

  it('answers a kept question with the kept answer, whatever the case of the name', async () => {
    await expect(lookup('KEY._domainkey.Sender.example', 'TXT')).resolves.toEqual([
      ['v=DKIM1; p=abc'],
    ]);
  });

  it('fails a question that failed at intake with the same code', async () => {
    await expect(lookup('_dmarc.sender.example', 'TXT')).rejects.toMatchObject({
      code: 'ENOTFOUND',
    });
  });

  it('fails a question intake never asked as a server failure, not as an absent record', async () => {
    await expect(lookup('sender.example', 'MX')).rejects.toMatchObject({ code: 'ESERVFAIL' });
    await expect(lookup('key._domainkey.sender.example', 'A')).rejects.toMatchObject({
      code: 'ESERVFAIL',
    });
  });
});
