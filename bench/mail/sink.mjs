// The receiving SMTP server of bench/mail, in a process of its own so that it costs the
// outbox run and the baseline alike. Prints its port, then answers "count" with how many
// messages it has taken.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(path.join(root, 'apps/api/package.json'));
const { SMTPServer } = require('smtp-server');

let received = 0;
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['AUTH', 'STARTTLS'],
  logger: false,
  maxClients: 100,
  onData(stream, _session, callback) {
    stream.on('data', () => undefined);
    stream.on('end', () => {
      received += 1;
      callback();
    });
  },
});
server.on('error', () => undefined);
server.listen(0, '127.0.0.1', () => process.send({ port: server.server.address().port }));
process.on('message', (message) => {
  if (message === 'count') process.send({ received });
  if (message === 'reset') {
    received = 0;
    process.send({ received });
  }
  if (message === 'stop') server.close(() => process.exit(0));
});
