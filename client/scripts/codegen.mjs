// Generates typed GraphQL documents (src/gql/) from the schema.
//   npm run codegen            → introspect the running server if it answers, else use schema.graphql
//   npm run codegen -- --offline → use the committed schema.graphql only
// When the server answers, its schema is written to schema.graphql first, so the committed
// snapshot is always exactly what src/gql/ was generated from and a build never needs the server.
import { writeFile, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { buildClientSchema, getIntrospectionQuery, printSchema } from 'graphql';
import { generate } from '@graphql-codegen/cli';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const snapshot = join(root, 'schema.graphql');
const offline = process.argv.includes('--offline');
const url = process.env.JM_GRAPHQL_URL ?? `http://localhost:${process.env.PORT ?? 5080}/graphql`;

async function introspect() {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query: getIntrospectionQuery({ descriptions: true }) }),
    signal: AbortSignal.timeout(5000),
  });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const body = await res.json();
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return printSchema(buildClientSchema(body.data)) + '\n';
}

if (!offline) {
  try {
    const sdl = await introspect();
    const before = await readFile(snapshot, 'utf8').catch(() => '');
    if (sdl !== before) await writeFile(snapshot, sdl);
    console.log(`codegen: schema from ${url} → schema.graphql${sdl === before ? ' (unchanged)' : ' (updated)'}`);
  } catch (err) {
    console.log(`codegen: server not reachable at ${url} (${err.message}); using the committed schema.graphql`);
  }
}

await generate(
  {
    schema: snapshot,
    documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
    ignoreNoDocuments: true,
    generates: {
      'src/gql/': {
        preset: 'client',
        presetConfig: { fragmentMasking: false },
        config: {
          useTypeImports: true,
          enumsAsTypes: true,
          skipTypename: false,
          // Scalars arrive as JSON strings (API.md: ISO-8601); lib/format.ts turns them into words.
          scalars: { DateTime: 'string', Date: 'string', ID: 'string' },
          avoidOptionals: { field: true, inputValue: false, object: true },
        },
      },
    },
    hooks: {},
    silent: false,
  },
  true,
);
