// Writes tests/graphql/corpus/validation/*.graphql: hand-written cases per validation rule plus
// systematic crossings (literals × argument types, variables × positions, directives × locations,
// type conditions × parents). Run `node tests/graphql/generate-corpus.mjs` after editing the cases;
// the generated files are committed so the corpus is reviewable and stable.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import definitions from './corpus-gen/cases-definitions.mjs';
import types from './corpus-gen/cases-types.mjs';
import args from './corpus-gen/cases-arguments.mjs';
import overlap from './corpus-gen/cases-overlap.mjs';
import extra from './corpus-gen/cases-extra.mjs';
import hostile, { doublingFragments } from './corpus-gen/cases-hostile.mjs';
import { valueMatrix, variableMatrix, directiveMatrix, spreadMatrix } from './corpus-gen/matrices.mjs';

const out = join(dirname(fileURLToPath(import.meta.url)), 'corpus', 'validation');
mkdirSync(out, { recursive: true });
for (const f of readdirSync(out)) if (f.endsWith('.graphql')) rmSync(join(out, f));

const groups = {
  ...definitions, ...types, ...args, ...overlap, ...extra, ...hostile,
  'matrix-values': valueMatrix(),
  'matrix-variables': variableMatrix(),
  'matrix-directives': directiveMatrix(),
  'matrix-spreads': spreadMatrix(),
  'hostile-doubling': doublingFragments,
};

let count = 0;
for (const [group, docs] of Object.entries(groups)) {
  docs.forEach((text, i) => {
    const name = `${group}-${String(i + 1).padStart(3, '0')}.graphql`;
    writeFileSync(join(out, name), text.endsWith('\n') ? text : text + '\n');
    count++;
  });
}
console.log(`wrote ${count} documents to ${out}`);
