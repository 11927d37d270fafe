import { InFlight } from './in-flight';

describe('InFlight', () => {
  it('shares one load between callers that ask while it runs', async () => {
    const loads = new InFlight<number>();
    let finish: (value: number) => void = () => undefined;
    const load = jest.fn(() => new Promise<number>((resolve) => (finish = resolve)));

    const first = loads.get('north', load);
    const second = loads.get('north', load);
    finish(1);

    await expect(Promise.all([first, second])).resolves.toEqual([1, 1]);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('loads afresh for a caller who comes after, so a change shows at once', async () => {
    const loads = new InFlight<string>();
    await expect(loads.get('north', async () => 'before')).resolves.toBe('before');
    await expect(loads.get('north', async () => 'after')).resolves.toBe('after');
  });

  it('does not keep a failure, and keeps keys apart', async () => {
    const loads = new InFlight<string>();
    await expect(loads.get('north', () => Promise.reject(new Error('down')))).rejects.toThrow();
    await expect(loads.get('north', async () => 'back')).resolves.toBe('back');
    await expect(loads.get('south', async () => 'south')).resolves.toBe('south');
  });
});
