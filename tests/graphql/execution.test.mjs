// Execution oracle: every document of corpus/execution runs through graphql-js 16 graphql() and
// through our executor, over the same SDL, data set and generic resolver. Data must be equal and
// errors equal as multisets of (message, locations, path); request errors must have no data key.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { loadDocuments } from './oracle/corpus.mjs';
import { executionSchema, loadExecutionData, loadExecutionSdl, referenceExecute } from './oracle/execution.mjs';
import { runEngine } from './oracle/engine.mjs';

const sdl = loadExecutionSdl();
const data = loadExecutionData();
const schema = executionSchema(sdl);
const documents = loadDocuments('execution');
const engine = runEngine('execute', sdl, documents, { data });

const errorKey = e => JSON.stringify({ message: e.message, locations: e.locations ?? [], path: e.path ?? null });
const errorKeys = result => (result.errors ?? []).map(errorKey).sort();
let equal = 0, different = 0;

for (const doc of documents) {
  test(`execution/${doc.name}`, async () => {
    const expected = await referenceExecute(schema, data, doc);
    const actual = engine.get(doc.name)?.result;
    let ok = false;
    try {
      assert.ok(actual, 'the engine returned no result for this document');
      assert.equal('data' in actual, 'data' in expected, 'presence of "data" differs');
      assert.deepEqual(actual.data, expected.data, 'data differs');
      assert.deepEqual(errorKeys(actual), errorKeys(expected), 'errors differ');
      ok = true;
    } finally {
      ok ? equal++ : different++;
    }
  });
}

after(() => console.log(`execution oracle: ${documents.length} documents, ${equal} equal, ${different} different`));
