// The graphql-ws npm client (with the `ws` package) against our graphql-transport-ws server:
// subscriptions deliver their events, queries and mutations run over the socket, validation errors
// arrive as errors, the caller's cookie reaches resolvers, and stopped streams stop on the server.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { post, startTestServer } from './transport-server.mjs';

/** Runs one operation to its end and resolves with every `next` payload (rejects on error). */
function collect(client, payload) {
  return new Promise((resolve, reject) => {
    const results = [];
    client.subscribe(payload, {
      next: (result) => results.push(result),
      error: reject,
      complete: () => resolve(results),
    });
  });
}

/** A WebSocket class that sends `headers` (e.g. a cookie) with the upgrade, as a browser would. */
function webSocketWith(headers) {
  return class extends WebSocket {
    constructor(address, protocols) {
      super(address, protocols, { headers });
    }
  };
}

async function waitFor(predicate, what, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await predicate()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.fail(`timed out waiting for ${what}`);
}

describe('graphql-ws client', () => {
  let server;
  let client;
  before(async () => {
    server = await startTestServer();
    client = createClient({ url: server.wsUrl, webSocketImpl: WebSocket, lazy: true, retryAttempts: 0 });
  });
  after(async () => {
    await client?.dispose();
    await server?.stop();
  });

  const runningTicks = async () => (await post(server.url, { query: '{ runningTicks }' })).json.data.runningTicks;

  it('receives every event of a subscription, then completes', async () => {
    const results = await collect(client, { query: 'subscription { ticks(count: 5, intervalMs: 5) }' });
    assert.deepEqual(results.map((r) => r.data.ticks), [1, 2, 3, 4, 5]);
  });

  it('runs subscriptions with variables and an operation name', async () => {
    const results = await collect(client, {
      query: 'subscription Count($n: Int!) { ticks(count: $n, intervalMs: 0) }',
      operationName: 'Count',
      variables: { n: 3 },
    });
    assert.deepEqual(results.map((r) => r.data), [{ ticks: 1 }, { ticks: 2 }, { ticks: 3 }]);
  });

  it('runs queries and mutations over the socket (one result, then complete)', async () => {
    assert.deepEqual(await collect(client, { query: '{ hello echo(text: "你好") }' }), [{ data: { hello: 'world', echo: '你好' } }]);
    const [first] = await collect(client, { query: 'mutation { increment(by: 2) }' });
    const [second] = await collect(client, { query: 'mutation { increment(by: 2) }' });
    assert.equal(second.data.increment - first.data.increment, 2);
  });

  it('reports validation errors as an error, without a result', async () => {
    await assert.rejects(collect(client, { query: 'subscription { ticks }' }), (errors) => {
      assert.ok(Array.isArray(errors) && errors.length > 0, 'an array of GraphQL errors');
      assert.match(errors[0].message, /argument "count"/);
      return true;
    });
  });

  it('runs many subscriptions at once on one socket', async () => {
    const all = await Promise.all(
      Array.from({ length: 20 }, (_, i) => collect(client, { query: `subscription { ticks(count: ${i + 1}, intervalMs: 1) }` })),
    );
    all.forEach((results, i) => assert.equal(results.length, i + 1));
  });

  it('stops the server-side stream when the client unsubscribes', async () => {
    let seen = 0;
    await new Promise((resolve, reject) => {
      const unsubscribe = client.subscribe(
        { query: 'subscription { ticks(count: 10000, intervalMs: 20) }' },
        {
          next: () => {
            if (++seen === 3) {
              unsubscribe();
              resolve();
            }
          },
          error: reject,
          complete: () => {},
        },
      );
    });
    await waitFor(async () => (await runningTicks()) === 0, 'the ticks stream to stop after complete');
  });

  it('stops the server-side stream when the socket goes away', async () => {
    const lonely = createClient({ url: server.wsUrl, webSocketImpl: WebSocket, lazy: true, retryAttempts: 0 });
    await new Promise((resolve, reject) => {
      lonely.subscribe({ query: 'subscription { ticks(count: 10000, intervalMs: 20) }' }, { next: resolve, error: reject, complete: () => {} });
    });
    assert.ok((await runningTicks()) >= 1);
    lonely.terminate(); // drops the socket without a complete message
    await waitFor(async () => (await runningTicks()) === 0, 'the ticks stream to stop after the disconnect');
  });

  it('runs operations as the user of the upgrade request’s cookie', async () => {
    const login = await fetch(`${server.base}/login?name=alice`);
    const cookie = login.headers.get('set-cookie').split(';')[0];
    const signedIn = createClient({ url: server.wsUrl, webSocketImpl: webSocketWith({ cookie }), lazy: true, retryAttempts: 0 });
    try {
      assert.deepEqual(await collect(signedIn, { query: 'subscription { whoami }' }), [{ data: { whoami: 'alice' } }]);
      assert.deepEqual(await collect(signedIn, { query: '{ me }' }), [{ data: { me: 'alice' } }]);
    } finally {
      await signedIn.dispose();
    }
    assert.deepEqual(await collect(client, { query: '{ me }' }), [{ data: { me: null } }]);
    // and over HTTP, the same cookie is the same user
    assert.equal((await post(server.url, { query: '{ me }' }, { cookie })).json.data.me, 'alice');
  });
});
