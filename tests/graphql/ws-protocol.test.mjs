// graphql-transport-ws message by message with a bare `ws` socket: acknowledgement, ping/pong,
// error and complete messages, and every close code of the protocol (graphql-ws PROTOCOL.md).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import WebSocket from 'ws';
import { startTestServer } from './transport-server.mjs';

const PROTOCOL = 'graphql-transport-ws';

/** Opens a socket; `next()` resolves with the next message, `closed` with { code, reason }. */
function open(url, { protocol = PROTOCOL, headers } = {}) {
  const socket = new WebSocket(url, protocol === null ? [] : [protocol], { headers });
  const queue = [];
  const waiting = [];
  socket.on('message', (data) => {
    const message = JSON.parse(data.toString());
    const waiter = waiting.shift();
    if (waiter) waiter(message);
    else queue.push(message);
  });
  const closed = new Promise((resolve) => socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })));
  const opened = new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
    socket.once('unexpected-response', (_, response) => reject(Object.assign(new Error(`HTTP ${response.statusCode}`), { status: response.statusCode })));
  });
  return {
    socket,
    opened,
    closed,
    send: (message) => socket.send(typeof message === 'string' ? message : JSON.stringify(message)),
    // A hang detector, not a timing assertion: generous, since a loaded 2-core CI machine also JITs the first reply.
    next: (timeoutMs = 15_000) =>
      queue.length
        ? Promise.resolve(queue.shift())
        : new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error('no message in time')), timeoutMs);
            waiting.push((m) => (clearTimeout(timer), resolve(m)));
          }),
  };
}

async function connected(url) {
  const ws = open(url);
  await ws.opened;
  ws.send({ type: 'connection_init', payload: { hello: 'there' } });
  assert.deepEqual(await ws.next(), { type: 'connection_ack' });
  return ws;
}

async function closesWith(ws, code, reasonPattern) {
  const { code: actual, reason } = await ws.closed;
  assert.equal(actual, code, `close code (reason: ${reason})`);
  if (reasonPattern) assert.match(reason, reasonPattern);
}

describe('graphql-transport-ws protocol', () => {
  let server;
  before(async () => {
    // Generous: on a loaded CI machine a client's connection_init can come later than a short timeout.
    server = await startTestServer(['--init-timeout', '10']);
  });
  after(async () => {
    await server?.stop();
  });

  it('acknowledges connection_init and answers ping with pong (payload echoed)', async () => {
    const ws = await connected(server.wsUrl);
    assert.equal(ws.socket.protocol, PROTOCOL);
    ws.send({ type: 'ping', payload: { n: 1 } });
    assert.deepEqual(await ws.next(), { type: 'pong', payload: { n: 1 } });
    ws.send({ type: 'pong' }); // unsolicited pongs are fine
    ws.send({ type: 'ping' });
    assert.deepEqual(await ws.next(), { type: 'pong' });
    ws.socket.close(1000);
    await closesWith(ws, 1000);
  });

  it('sends next per event then complete, and reuses an id after completion', async () => {
    const ws = await connected(server.wsUrl);
    for (let round = 0; round < 2; round++) {
      ws.send({ id: 'a', type: 'subscribe', payload: { query: 'subscription { ticks(count: 2, intervalMs: 0) }' } });
      assert.deepEqual(await ws.next(), { id: 'a', type: 'next', payload: { data: { ticks: 1 } } });
      assert.deepEqual(await ws.next(), { id: 'a', type: 'next', payload: { data: { ticks: 2 } } });
      assert.deepEqual(await ws.next(), { id: 'a', type: 'complete' });
    }
    ws.socket.close(1000);
  });

  it('answers an invalid operation with an error message and no complete', async () => {
    const ws = await connected(server.wsUrl);
    ws.send({ id: 'bad', type: 'subscribe', payload: { query: '{ nope }' } });
    const error = await ws.next();
    assert.equal(error.id, 'bad');
    assert.equal(error.type, 'error');
    assert.match(error.payload[0].message, /Cannot query field "nope"/);
    ws.send({ id: 'ok', type: 'subscribe', payload: { query: '{ hello }' } });
    assert.deepEqual(await ws.next(), { id: 'ok', type: 'next', payload: { data: { hello: 'world' } } });
    assert.deepEqual(await ws.next(), { id: 'ok', type: 'complete' });
    ws.socket.close(1000);
  });

  it('stops sending for an id once the client completes it; unknown ids are ignored', async () => {
    const ws = await connected(server.wsUrl);
    ws.send({ id: 's', type: 'subscribe', payload: { query: 'subscription { ticks(count: 1000, intervalMs: 10) }' } });
    assert.equal((await ws.next()).type, 'next');
    ws.send({ id: 's', type: 'complete' });
    ws.send({ id: 'never-started', type: 'complete' });
    ws.send({ type: 'ping' });
    // in-flight events may still arrive, but the pong comes and then nothing more for "s"
    let message;
    do message = await ws.next(); while (message.type === 'next');
    assert.deepEqual(message, { type: 'pong' });
    await assert.rejects(ws.next(300), /no message/);
    ws.socket.close(1000);
  });

  const closeCases = [
    ['4400 on a message that is not JSON', async (ws) => ws.send('{ not json'), 4400],
    ['4400 on an unknown message type', async (ws) => ws.send({ type: 'hello' }), 4400],
    ['4400 on a subscribe without an id', async (ws) => ws.send({ type: 'subscribe', payload: { query: '{ hello }' } }), 4400],
    ['4400 on a subscribe without a query', async (ws) => ws.send({ id: '1', type: 'subscribe', payload: {} }), 4400],
    ['4400 on a server-only message type', async (ws) => ws.send({ id: '1', type: 'next', payload: {} }), 4400],
    ['4429 on a second connection_init', async (ws) => ws.send({ type: 'connection_init' }), 4429, /Too many initialisation requests/],
    [
      '4409 on a duplicate subscription id',
      async (ws) => {
        const subscribe = { id: 'dup', type: 'subscribe', payload: { query: 'subscription { ticks(count: 1000, intervalMs: 50) }' } };
        ws.send(subscribe);
        ws.send(subscribe);
      },
      4409,
      /Subscriber for dup already exists/,
    ],
  ];
  for (const [name, act, code, reason] of closeCases) {
    it(`closes with ${name}`, async () => {
      const ws = await connected(server.wsUrl);
      await act(ws);
      await closesWith(ws, code, reason);
    });
  }

  it('closes with 4401 on a subscribe before the connection is acknowledged', async () => {
    const ws = open(server.wsUrl);
    await ws.opened;
    ws.send({ id: '1', type: 'subscribe', payload: { query: '{ hello }' } });
    await closesWith(ws, 4401, /Unauthorized/);
  });

  it('closes with 4403 when the server refuses the connection_init payload', async () => {
    const ws = open(server.wsUrl);
    await ws.opened;
    ws.send({ type: 'connection_init', payload: { reject: true } });
    await closesWith(ws, 4403, /Forbidden/);
  });

  it('closes with 4406 when the client does not speak graphql-transport-ws', async () => {
    const ws = open(server.wsUrl, { protocol: null });
    await ws.opened;
    await closesWith(ws, 4406, /Subprotocol not acceptable/);
    // a client asking only for the legacy protocol gets no subprotocol back, which clients refuse
    await assert.rejects(open(server.wsUrl, { protocol: 'graphql-ws' }).opened, /Server sent no subprotocol/);
  });

  it('closes with 4408 when connection_init does not come in time', async () => {
    // its own server with a short timeout, so that no other test's client is timed out on a slow machine
    const quick = await startTestServer(['--init-timeout', '0.5']);
    try {
      const ws = open(quick.wsUrl);
      await ws.opened;
      await closesWith(ws, 4408, /Connection initialisation timeout/);
    } finally {
      await quick.stop();
    }
  });

  it('refuses upgrades from a foreign browser origin (cookies ride along on WebSockets)', async () => {
    const ws = open(server.wsUrl, { headers: { origin: 'http://evil.example' } });
    await assert.rejects(ws.opened, (e) => e.status === 403);
    const same = open(server.wsUrl, { headers: { origin: server.base } });
    await same.opened;
    same.socket.close(1000);
  });
});
