// Malformed and hostile requests: each gets a spec-shaped answer ({"errors":[…]}, a 4xx status, a
// JSON media type) — never a 5xx, never a stack trace — and the server keeps serving afterwards.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { STACK_TRACE, TRANSPORT_FAILURE, post, startTestServer } from './transport-server.mjs';

const repeat = (text, n, separator = ' ') => Array.from({ length: n }, (_, i) => text.replaceAll('#', String(i))).join(separator);

// [name, body (object → JSON, string → raw), expected status, extra headers]
const bodies = [
  ['malformed JSON', '{ "not a JSON', 400],
  ['empty body', '', 400],
  ['JSON null', 'null', 400],
  ['JSON array (batching is not offered)', '[{"query":"{ hello }"}]', 400],
  ['JSON string', '"{ hello }"', 400],
  ['trailing garbage after the object', '{"query":"{ hello }"} {}', 400],
  ['query is a number', { query: 42 }, 400],
  ['query is missing', { qeury: '{ hello }' }, 400],
  ['variables is an array', { query: '{ hello }', variables: [1] }, 400],
  ['variables nested 10 000 deep', `{"query":"{ hello }","variables":{"a":${'['.repeat(10_000)}${']'.repeat(10_000)}}}`, 400],
  ['lone surrogate escape in the query', '{"query":"\\ud800{ hello }"}', 400],
  ['lone surrogate in a variable', '{"query":"query($v: String!) { echo(text: $v) }","variables":{"v":"\\udfff"}}', 400],
  ['invalid UTF-8 bytes', Buffer.from([...Buffer.from('{"query":"{ hello '), 0xff, 0xfe, ...Buffer.from(' }"}')]), 400],
  ['unterminated document', { query: '{' }, 400],
  ['only a closing brace', { query: '}' }, 400],
  ['unterminated string', { query: '{ echo(text: "abc) }' }, 400],
  ['unterminated block string', { query: '{ echo(text: """abc) }' }, 400],
  ['NUL and control characters', { query: '{ hello \u0000 \u0007 }' }, 400],
  ['empty query', { query: '' }, 400],
  ['nested braces 100 000 deep', { query: '{'.repeat(100_000) }, 400],
  ['nested list value 50 000 deep', { query: `{ echo(text: ${'['.repeat(50_000)}) }` }, 400],
  ['10 000 aliases', { query: `{ ${repeat('a#: hello', 10_000)} }` }, 400],
  ['10 000 repeated fields', { query: `{ ${repeat('hello', 10_000)} }` }, 400],
  ['deep selection beyond the depth limit', { query: `{ ${'__schema { types { fields { type { ofType { '.repeat(6)}name${' } } } } }'.repeat(6)} }` }, 400],
  ['800 KB of tokens', { query: `{ ${repeat('hello', 130_000)} }` }, 400],
  ['fragment cycle', { query: '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }' }, 400],
  ['thousands of fragments spreading each other', { query: `{ ...F0 } ${repeat('fragment F# on Query { hello ...F#x }', 2_000)}`.replace(/F(\d+)x/g, (_, n) => `F${+n + 1}`) }, 400],
  ['unknown field', { query: '{ nope }' }, 400],
  ['wrong argument type', { query: '{ echo(text: 5) }' }, 400],
  ['wrong variable type', { query: 'query($n: Int) { items(first: $n) { id } }', variables: { n: 'many' } }, 400],
  ['variable out of Int range', { query: 'query($n: Int) { items(first: $n) { id } }', variables: { n: 2 ** 40 } }, 400],
  ['missing required variable', { query: 'query($t: String!) { echo(text: $t) }' }, 400],
  ['null for a non-null variable', { query: 'query($t: String!) { echo(text: $t) }', variables: { t: null } }, 400],
  ['unknown operation name', { query: 'query A { hello }', operationName: 'B' }, 400],
  ['two operations, no name', { query: 'query A { hello } query B { hello }' }, 400],
  ['operation name of the wrong type', { query: '{ hello }', operationName: ['A'] }, 400],
  ['subscription over HTTP', { query: 'subscription { ticks(count: 1) }' }, 400],
  ['a 2 MB body', { query: `{ hello } # ${'x'.repeat(2 * 1024 * 1024)}` }, 413],
];

describe('hostile requests', () => {
  let server;
  before(async () => {
    server = await startTestServer();
  });
  after(async () => {
    await server?.stop();
  });

  function assertSpecShaped(response, expected) {
    assert.equal(response.status, expected, response.text.slice(0, 300));
    assert.match(response.contentType, /^application\/(graphql-response\+)?json/);
    assert.ok(Array.isArray(response.json?.errors) && response.json.errors.length > 0, 'an errors array');
    for (const error of response.json.errors) assert.equal(typeof error.message, 'string');
    assert.equal(response.json.data, undefined, 'no data on a request error');
    assert.doesNotMatch(response.text, STACK_TRACE);
  }

  for (const [name, body, expected, headers] of bodies) {
    it(`${name} → ${expected}`, async () => {
      assertSpecShaped(await post(server.url, body, headers), expected);
    });
  }

  it('a resolver exception is an INTERNAL field error without its message or stack', async () => {
    const response = await post(server.url, { query: '{ fail hello }' });
    assert.equal(response.status, 200);
    assert.deepEqual(response.json.data, { fail: null, hello: 'world' });
    assert.equal(response.json.errors[0].extensions.code, 'INTERNAL');
    assert.doesNotMatch(response.text, /secret internal detail/);
    assert.doesNotMatch(response.text, STACK_TRACE);
  });

  it('refuses what a form or a simple cross-site request can send (415), and other methods (405)', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json; charset=latin1']) {
      const response = await post(server.url, '{"query":"mutation { increment }"}', { 'content-type': type });
      assert.equal(response.status, 415, type);
    }
    const noType = await fetch(server.url, { method: 'POST', body: new Blob(['{"query":"{ hello }"}']) });
    assert.equal(noType.status, 415);
    for (const method of ['PUT', 'DELETE', 'PATCH']) {
      const response = await fetch(server.url, { method, headers: { 'content-type': 'application/json' }, body: '{"query":"{ hello }"}' });
      assert.equal(response.status, 405, method);
      assert.match(response.headers.get('allow'), /POST/);
    }
  });

  it('GET never mutates (405, Allow: POST), rejects bad variables (400) and unacceptable media (406)', async () => {
    const get = (params, accept = 'application/graphql-response+json') =>
      fetch(`${server.url}?${new URLSearchParams(params)}`, { headers: { accept } });
    const mutation = await get({ query: 'mutation { increment }' });
    assert.equal(mutation.status, 405);
    assert.equal(mutation.headers.get('allow'), 'POST');
    const named = await get({ query: 'query Q { hello } mutation M { increment }', operationName: 'M' });
    assert.equal(named.status, 405);
    assert.equal((await get({ query: '{ hello }', variables: '{oops' })).status, 400);
    assert.equal((await get({ query: '{ hello }' }, 'text/plain')).status, 406);
    assert.equal((await get({})).status, 400);
  });

  it('a body larger than the limit without Content-Length (chunked) → 413', async () => {
    const chunks = (async function* () {
      for (let i = 0; i < 40; i++) yield new TextEncoder().encode(' '.repeat(64 * 1024));
    })();
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: ReadableStream.from(chunks),
      duplex: 'half',
    });
    assert.equal(response.status, 413);
  });

  it('is still healthy and logged no unhandled exception', async () => {
    const response = await post(server.url, { query: '{ hello }' });
    assert.deepEqual(response.json, { data: { hello: 'world' } });
    assert.doesNotMatch(server.output(), TRANSPORT_FAILURE);
  });
});
