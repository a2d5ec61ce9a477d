// graphql-js side of `npm run bench:graphql`: graphql() (parse + validate + execute, as graphql-js
// offers no document cache) over the same SDL, query and data as GraphQLBench.cs. Prints "ops/s: N";
// with --rounds it measures one round per line read from stdin, so both engines share the machine's load.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, graphql, version } from 'graphql';

const here = dirname(fileURLToPath(import.meta.url));
const seconds = Number(process.argv[2] ?? 5);
const schema = buildSchema(readFileSync(join(here, 'schema.graphql'), 'utf8'));
const source = readFileSync(join(here, 'query.graphql'), 'utf8');
const variableValues = { first: 20 };

// the data set, generated exactly as GraphQLBench.cs generates it
const statuses = ['OPEN', 'CLAIMED', 'DONE'];
const units = Array.from({ length: 10 }, (_, i) => ({ id: `unit-${i}`, name: `Unit ${i}` }));
const users = Array.from({ length: 50 }, (_, i) => ({ id: `user-${i}`, name: `User ${i}`, unit: units[i % 10] }));
const wishes = Array.from({ length: 200 }, (_, i) => ({
  id: `wish-${i}`, title: `Wish number ${i}`, status: statuses[i % 3], points: i * 3, weight: i / 4,
  createdAt: `2026-01-${String(1 + (i % 28)).padStart(2, '0')}T08:00:00Z`, author: users[i % 50],
  claims: [0, 1].map(k => ({ id: `claim-${i}-${k}`, at: '2026-02-01T10:00:00Z', by: users[(i + k + 1) % 50] })),
}));
const rootValue = {
  wishes: ({ first, status }) => wishes.filter(w => status == null || w.status === status).slice(0, first),
  me: () => users[0],
};

const run = () => graphql({ schema, source, rootValue, variableValues });
const first = await run();
if (first.errors) throw new Error(JSON.stringify(first.errors));
if (process.argv[3] === '--print') { console.log(JSON.stringify(first)); process.exit(0); }

async function measure(ms) {
  let ops = 0;
  const started = performance.now(), end = started + ms;
  while (performance.now() < end) {
    for (let i = 0; i < 10; i++) await run();
    ops += 10;
  }
  return ops / ((performance.now() - started) / 1000);
}

console.log(`graphql-js ${version}`);
if (process.argv[3] === '--rounds') {
  // driven by GraphQLBench.cs: each stdin line "<ms>" runs one measured round, answered with "ops/s: N"
  await measure(1000);   // warm-up (JIT)
  console.log('ready');
  for await (const line of (await import('node:readline')).createInterface({ input: process.stdin })) {
    const ms = Number(line.trim());
    if (!ms) break;
    console.log(`ops/s: ${(await measure(ms)).toFixed(1)}`);
  }
} else {
  await measure(Math.min(2000, seconds * 400));   // warm-up (JIT)
  console.log(`ops/s: ${(await measure(seconds * 1000)).toFixed(1)}`);
}
