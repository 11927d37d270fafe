import { Resolver } from 'node:dns/promises';

/** One DNS question an authenticity check asked, and what came back (or the error code). */
export interface DnsAnswer {
  name: string;
  type: string;
  answer?: unknown;
  error?: string;
}

/** The lookup mailauth calls, shaped like `dns.promises.resolve`. */
export type DnsLookup = (name: string, type: string) => Promise<unknown>;

const dnsError = (code: string, name: string): Error =>
  Object.assign(new Error(`${code} ${name}`), { code, hostname: name });

/** How long one check may spend on DNS in all: SPF alone may ask ten questions. */
const CHECK_DEADLINE_MS = 8_000;

/**
 * A lookup against the configured servers (the system's when none) that keeps every
 * question and answer, failures included: a missing key is part of the verdict too. Once
 * the check's DNS time is spent, further questions fail at once as timeouts, so a sender's
 * slow or silent DNS cannot hold an upload for long.
 */
export function recordingLookup(servers: string[] | undefined): {
  lookup: DnsLookup;
  answers: DnsAnswer[];
} {
  const resolver = new Resolver({ timeout: 2_000, tries: 2 });
  if (servers) resolver.setServers(servers);
  const deadline = Date.now() + CHECK_DEADLINE_MS;
  const answers: DnsAnswer[] = [];
  const lookup: DnsLookup = async (name, type) => {
    try {
      if (Date.now() > deadline) throw dnsError('ETIMEOUT', name);
      const answer: unknown = await resolver.resolve(name, type);
      answers.push({ name: name.toLowerCase(), type, answer });
      return answer;
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      answers.push({
        name: name.toLowerCase(),
        type,
        error: typeof code === 'string' ? code : 'ESERVFAIL',
      });
      throw error;
    }
  };
  return { lookup, answers };
}

/**
 * A lookup that answers only from kept answers, as they were at intake. A question intake
 * never asked fails as a server failure: the replay cannot know what the answer was.
 */
export function replayLookup(kept: DnsAnswer[]): DnsLookup {
  return async (name, type) => {
    const found = kept.find((entry) => entry.name === name.toLowerCase() && entry.type === type);
    if (!found) throw dnsError('ESERVFAIL', name);
    if (found.error) throw dnsError(found.error, name);
    return found.answer;
  };
}
