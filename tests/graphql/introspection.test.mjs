// Introspection round trip: our engine answers graphql-js's full introspection query for the corpus
// schema; graphql-js buildClientSchema + printSchema of that answer must equal our own SDL print of
// the schema, and the answer must equal graphql-js's own introspection of the same SDL.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildClientSchema, buildSchema, getIntrospectionQuery, graphqlSync, printSchema } from 'graphql';
import { loadSchemaSdl } from './oracle/corpus.mjs';
import { loadExecutionSdl } from './oracle/execution.mjs';
import { runEngine } from './oracle/engine.mjs';

const query = getIntrospectionQuery({
  descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true,
  inputValueDeprecation: true, oneOf: true,
});

for (const [name, sdl] of [['corpus schema', loadSchemaSdl()], ['execution schema', loadExecutionSdl()]]) {
  const ours = runEngine('introspect', sdl, [{ name: 'introspection', text: query }]).get('introspection');

  test(`${name}: introspection answers without errors`, () => {
    assert.equal(ours.result.errors, undefined, JSON.stringify(ours.result.errors));
  });

  test(`${name}: printSchema(buildClientSchema(our introspection)) equals our SDL print`, () => {
    assert.equal(printSchema(buildClientSchema(ours.result.data)), ours.sdl);
  });

  test(`${name}: our introspection equals graphql-js's introspection of the same SDL`, () => {
    const reference = JSON.parse(JSON.stringify(graphqlSync({ schema: buildSchema(sdl), source: query })));
    const byName = types => Object.fromEntries(types.map(t => [t.name, t]));
    const expected = reference.data.__schema, actual = ours.result.data.__schema;
    assert.deepEqual(byName(actual.types), byName(expected.types));
    assert.deepEqual(actual.directives, expected.directives);
    assert.deepEqual({ ...actual, types: null }, { ...expected, types: null });
    assert.deepEqual(actual.types.map(t => t.name), expected.types.map(t => t.name), 'type order differs');
  });
}
