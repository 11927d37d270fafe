import { createSocket, Socket } from 'node:dgram';
import type { AddressInfo } from 'node:net';
import * as dnsPacket from 'dns-packet';

export interface LoopbackDns {
  /** `127.0.0.1:port`, for DNS_SERVERS. */
  address: string;
  /** Every question received, as `name TYPE`. */
  questions: string[];
  close(): Promise<void>;
}

/**
 * A tiny authoritative DNS server on loopback: answers the TXT records it is given and
 * NXDOMAIN for anything else. Long TXT values are split into 255-byte strings, as real
 * zones publish DKIM keys.
 */
export async function startLoopbackDns(txt: Record<string, string>): Promise<LoopbackDns> {
  const socket: Socket = createSocket('udp4');
  const questions: string[] = [];
  socket.on('message', (message, remote) => {
    const query = dnsPacket.decode(message);
    const question = query.questions?.[0];
    if (!question) return;
    questions.push(`${question.name} ${question.type}`);
    const record = question.type === 'TXT' ? txt[question.name.toLowerCase()] : undefined;
    const chunks = record?.match(/.{1,255}/g) ?? [];
    const answer = dnsPacket.encode({
      type: 'response',
      id: query.id,
      flags: dnsPacket.AUTHORITATIVE_ANSWER | (record === undefined ? 3 : 0),
      questions: [question],
      answers:
        record === undefined
          ? []
          : [{ type: 'TXT', name: question.name, class: 'IN', ttl: 60, data: chunks }],
    });
    socket.send(answer, remote.port, remote.address);
  });
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  const { port } = socket.address() as AddressInfo;
  return {
    address: `127.0.0.1:${port}`,
    questions,
    close: () => new Promise<void>((resolve) => socket.close(() => resolve())),
  };
}
