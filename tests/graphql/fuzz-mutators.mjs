// Seed documents over the TestServer schema and the mutations the fuzz suite applies to them.
// A seeded PRNG (mulberry32) makes every run replayable from its seed.

export const SEEDS = [
  '{ hello }',
  '{ __typename hello echo(text: "你好, world") }',
  'query Items($n: Int = 3) { items(first: $n) { id name tags } }',
  'query One($id: ID!) { item(id: $id) { ...Fields } } fragment Fields on Item { id name }',
  '{ a: hello b: echo(text: "x") c: items(first: 2) { ... on Item { id } } }',
  'query Skip($yes: Boolean!) { hello @include(if: $yes) counter @skip(if: $yes) }',
  'mutation Bump { increment(by: 1) }',
  'mutation { first: increment second: increment(by: -1) }',
  '{ __type(name: "Item") { name kind fields { name type { name kind ofType { name } } } } }',
  '{ __schema { queryType { name } types { name } } }',
  'query A { hello } query B { counter } mutation C { increment }',
  '{ items { id ... on Item { name } ...T } } fragment T on Item { tags }',
  'query V($t: String!, $n: Int) { echo(text: $t) items(first: $n) { id } }',
  '{ echo(text: """block\n  string""") me }',
  'subscription { ticks(count: 2, intervalMs: 0) }',
];

const VARIABLES = [
  undefined, null, {}, { n: 2 }, { n: 'two' }, { id: '7' }, { id: 7 }, { yes: true }, { yes: 'yes' },
  { t: 'text', n: 1 }, { t: null }, { t: ['a'] }, { n: 2 ** 53 }, { t: { nested: { deep: [1, 2, 3] } } },
];

const TOKENS = ['{', '}', '(', ')', '[', ']', ':', '...', '@', '$', '!', '=', '|', '&', '"', '"""', '#', ',',
  'query', 'mutation', 'subscription', 'fragment', 'on', 'null', 'true', '__typename', 'hello', 'items', 'id',
  '0', '-1', '1e999', '0x1F', '\\u0000', '\u{1F3C3}', '\uFFFF', '\t', '\n', ' '];

const TOKEN_PATTERN = /"""[\s\S]*?"""|"(?:\\.|[^"\\])*"|\.\.\.|[$@!():=[\]{}|&,]|[_A-Za-z][_0-9A-Za-z]*|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|\s+|./g;

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function createFuzzer(seed) {
  const random = mulberry32(seed);
  const int = (n) => Math.floor(random() * n);
  const pick = (list) => list[int(list.length)];

  const mutations = [
    // byte flip: one character becomes another (often punctuation)
    (s) => (s.length ? s.slice(0, int(s.length)) + (random() < 0.5 ? pick(TOKENS) : String.fromCharCode(int(0x3000))) + s.slice(int(s.length) + 1) : s),
    // truncation
    (s) => s.slice(0, int(s.length + 1)),
    // token swap
    (s) => {
      const tokens = s.match(TOKEN_PATTERN) ?? [];
      if (tokens.length < 2) return s;
      const i = int(tokens.length), j = int(tokens.length);
      [tokens[i], tokens[j]] = [tokens[j], tokens[i]];
      return tokens.join('');
    },
    // duplication of a slice, sometimes many times
    (s) => {
      const start = int(s.length), end = start + int(s.length - start + 1);
      return s.slice(0, end) + s.slice(start, end).repeat(1 + int(random() < 0.1 ? 200 : 3)) + s.slice(end);
    },
    // token insertion and deletion
    (s) => {
      const tokens = s.match(TOKEN_PATTERN) ?? [];
      const at = int(tokens.length + 1);
      if (random() < 0.5) tokens.splice(at, 0, pick(TOKENS));
      else tokens.splice(at, 1 + int(3));
      return tokens.join('');
    },
    // splice of two seeds
    (s) => s.slice(0, int(s.length)) + pick(SEEDS).slice(int(20)),
    // nesting: wrap in braces or open many
    (s) => (random() < 0.5 ? `{ ${s} }` : '{'.repeat(1 + int(300)) + s),
  ];

  function document() {
    let text = pick(SEEDS);
    const rounds = 1 + int(4);
    for (let i = 0; i < rounds; i++) text = pick(mutations)(text);
    return text;
  }

  /** One POST body (mostly a mutated document in a valid envelope, sometimes a mutated envelope). */
  function request() {
    const accept = random() < 0.5 ? 'application/graphql-response+json' : 'application/json';
    const envelope = { query: random() < 0.15 ? pick(SEEDS) : document() };
    const variables = pick(VARIABLES);
    if (variables !== undefined) envelope.variables = variables;
    if (random() < 0.2) envelope.operationName = pick(['A', 'B', 'C', 'Bump', 'Items', null, '', 'Nope']);
    let body = JSON.stringify(envelope);
    // the JSON itself, mutated at the byte level now and then
    if (random() < 0.15) body = pick(mutations.slice(0, 4))(body);
    return { body, accept };
  }

  /** A subscribe message text over WebSocket, mutated the same ways. */
  function subscribeMessage() {
    const message = JSON.stringify({ id: String(int(1000)), type: 'subscribe', payload: { query: document(), variables: pick(VARIABLES) ?? null } });
    return random() < 0.2 ? pick(mutations.slice(0, 4))(message) : message;
  }

  return { request, subscribeMessage, document };
}
