// Differential oracle: every corpus document goes through graphql-js 16 and through our engine;
// the (message, locations) multisets of their validation errors must be equal. Prints how often
// each graphql-js rule fires across the corpus and the parity figures per rule.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { loadSchemaSdl, loadDocuments } from './oracle/corpus.mjs';
import { referenceSchema, referenceValidate, rulesHit } from './oracle/reference.mjs';
import { runEngine } from './oracle/engine.mjs';

const sdl = loadSchemaSdl();
const schema = referenceSchema(sdl);
const documents = loadDocuments('validation');
const engine = runEngine('validate', sdl, documents.map(({ name, text }) => ({ name, text })));

const key = e => `${e.message} @ ${e.locations.map(([l, c]) => `${l}:${c}`).join(',')}`;
const keys = errors => errors.map(key).sort();
const perRule = new Map();   // rule → { hits, matched }
let matched = 0, mismatched = 0;

for (const doc of documents) {
  test(`validation/${doc.name}`, () => {
    const expected = referenceValidate(schema, doc.text);
    const actual = engine.get(doc.name);
    assert.ok(actual, 'the engine returned no result for this document');
    const rules = expected.document ? rulesHit(schema, expected.document) : ['(syntax)'];
    if (rules.length === 0) rules.push('(valid)');
    let ok = false;
    try {
      if (expected.thrown) return;   // graphql-js itself threw: nothing to compare with
      assert.deepEqual(actual.syntaxError ? key(actual.syntaxError) : null,
        expected.syntaxError ? key(expected.syntaxError) : null, 'syntax error differs');
      assert.deepEqual(keys(actual.errors ?? []), keys(expected.errors), 'validation errors differ');
      ok = true;
    } finally {
      ok ? matched++ : mismatched++;
      for (const rule of rules) {
        const r = perRule.get(rule) ?? { hits: 0, matched: 0 };
        r.hits++; if (ok) r.matched++;
        perRule.set(rule, r);
      }
    }
  });
}

after(() => {
  const rows = [...perRule].sort(([a], [b]) => a.localeCompare(b));
  console.log('\nrule (graphql-js)                     documents  matched');
  for (const [rule, r] of rows) console.log(`${rule.padEnd(38)}${String(r.hits).padStart(9)}${String(r.matched).padStart(9)}`);
  console.log(`oracle parity: ${documents.length} documents, ${matched} matched, ${mismatched} mismatched`);
});
