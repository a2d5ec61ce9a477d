// Fuzzing: thousands of random mutations of valid documents and request bodies (byte flips,
// truncation, token swaps, duplication, splices) sent over HTTP and WebSocket. Bounded by count and
// time; every answer must come within a per-request timeout, be spec-shaped JSON, never a 5xx,
// never a stack trace, and over WebSocket never an internal-error close.
//   JM_FUZZ_ITERATIONS (default 4000), JM_FUZZ_SECONDS (default 60), JM_FUZZ_SEED (default random; printed)
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import WebSocket from 'ws';
import { STACK_TRACE, TRANSPORT_FAILURE, startTestServer } from './transport-server.mjs';
import { SEEDS, createFuzzer } from './fuzz-mutators.mjs';

const ITERATIONS = Number(process.env.JM_FUZZ_ITERATIONS ?? 4000);
const SECONDS = Number(process.env.JM_FUZZ_SECONDS ?? 60);
const SEED = Number(process.env.JM_FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const REQUEST_TIMEOUT_MS = 10_000;
const WORKERS = 8;

describe(`fuzz (seed ${SEED})`, () => {
  let server;
  before(async () => {
    server = await startTestServer();
  });
  after(async () => {
    await server?.stop();
  });

  it('HTTP: no 5xx, no hang, no stack trace', async () => {
    const fuzz = createFuzzer(SEED);
    const deadline = Date.now() + SECONDS * 1000;
    const statuses = new Map();
    const failures = [];
    let sent = 0;
    const started = Date.now();

    async function worker() {
      while (sent < ITERATIONS && Date.now() < deadline && failures.length < 20) {
        sent++;
        const { body, accept } = fuzz.request();
        let response;
        let text;
        try {
          response = await fetch(server.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', accept },
            body,
            signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
          });
          text = await response.text();
        } catch (e) {
          failures.push({ problem: `no answer in ${REQUEST_TIMEOUT_MS} ms (${e.name})`, body: String(body).slice(0, 300) });
          continue;
        }
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        let json;
        try {
          json = JSON.parse(text);
        } catch {
          json = undefined;
        }
        const problem =
          response.status >= 500 ? `status ${response.status}`
          : STACK_TRACE.test(text) ? 'stack trace in the body'
          : !json || (json.errors === undefined && json.data === undefined) ? 'not a GraphQL response'
          : null;
        if (problem) failures.push({ problem, status: response.status, body: String(body).slice(0, 300), text: text.slice(0, 300) });
      }
    }
    await Promise.all(Array.from({ length: WORKERS }, worker));

    const seconds = (Date.now() - started) / 1000;
    const histogram = [...statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join(' ');
    console.log(`fuzz HTTP: ${sent} requests in ${seconds.toFixed(1)} s (${Math.round(sent / seconds)}/s), seed ${SEED}, statuses ${histogram}`);
    assert.deepEqual(failures, [], `replay with JM_FUZZ_SEED=${SEED}`);
    assert.ok(sent >= Math.min(ITERATIONS, 1000), `only ${sent} requests were sent`);
    assert.ok((statuses.get(200) ?? 0) > 0 && (statuses.get(400) ?? 0) > 0, 'both valid and invalid documents were produced');
  });

  it('WebSocket: mutated subscribe messages never crash the connection', async () => {
    const fuzz = createFuzzer(SEED + 1);
    const rounds = Math.max(50, Math.floor(ITERATIONS / 20));
    const closes = new Map();
    const bad = [];
    for (let round = 0; round < rounds; round++) {
      const socket = new WebSocket(server.wsUrl, ['graphql-transport-ws']);
      const outcome = await new Promise((resolve) => {
        const timer = setTimeout(() => resolve({ code: 'hang' }), REQUEST_TIMEOUT_MS);
        const done = (value) => (clearTimeout(timer), socket.terminate(), resolve(value));
        socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init' })));
        socket.on('message', (data) => {
          const message = JSON.parse(data.toString());
          if (message.type === 'connection_ack') socket.send(fuzz.subscribeMessage());
          else if (['next', 'error', 'complete'].includes(message.type)) done({ code: message.type, text: data.toString() });
        });
        socket.on('close', (code) => done({ code }));
        socket.on('error', () => done({ code: 'socket error' }));
      });
      closes.set(outcome.code, (closes.get(outcome.code) ?? 0) + 1);
      if (![ 'next', 'error', 'complete', 4400, 1009 ].includes(outcome.code) || STACK_TRACE.test(outcome.text ?? ''))
        bad.push(outcome);
    }
    console.log(`fuzz WebSocket: ${rounds} sockets, outcomes ${[...closes].map(([c, n]) => `${c}×${n}`).join(' ')}`);
    assert.deepEqual(bad, [], `replay with JM_FUZZ_SEED=${SEED}`);
  });

  it('left nothing but resolver errors in the server log', () => {
    assert.doesNotMatch(server.output(), TRANSPORT_FAILURE);
    assert.ok(SEEDS.length > 10);
  });
});
