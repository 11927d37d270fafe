// Solves the intake form's proof-of-work challenge (altcha's: find the number n, at most
// `maxnumber`, whose hash of `salt + n` is `challenge`) off the page's thread, so typing
// never stutters. Served from this host like the guide's script; nothing else is loaded.
'use strict';

var ALGORITHMS = {
  'SHA-1': 'SHA-1',
  'SHA-256': 'SHA-256',
  'SHA-384': 'SHA-384',
  'SHA-512': 'SHA-512',
};
var BATCH = 256;

function hex(buffer) {
  var bytes = new Uint8Array(buffer);
  var out = '';
  for (var i = 0; i < bytes.length; i++) out += (bytes[i] < 16 ? '0' : '') + bytes[i].toString(16);
  return out;
}

async function solve(task) {
  var algorithm = ALGORITHMS[String(task.algorithm).toUpperCase()];
  if (!algorithm) throw new Error('unknown algorithm');
  var encoder = new TextEncoder();
  var started = Date.now();
  for (var start = 0; start <= task.maxnumber; start += BATCH) {
    var tries = [];
    for (var n = start; n < start + BATCH && n <= task.maxnumber; n++) {
      tries.push(crypto.subtle.digest(algorithm, encoder.encode(task.salt + n)));
    }
    var hashes = await Promise.all(tries);
    for (var i = 0; i < hashes.length; i++) {
      if (hex(hashes[i]) === task.challenge)
        return { number: start + i, took: Date.now() - started };
    }
  }
  throw new Error('no solution');
}

self.onmessage = function (event) {
  solve(event.data).then(
    function (found) {
      self.postMessage({ ok: true, number: found.number, took: found.took });
    },
    function () {
      self.postMessage({ ok: false });
    },
  );
};
