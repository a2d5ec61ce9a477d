// Loads the shared corpus: the schema SDL and every document of one corpus folder.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const corpusDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'corpus');

export function loadSchemaSdl() {
  return readFileSync(join(corpusDir, 'schema.graphql'), 'utf8');
}

/** Every `*.graphql` of `corpus/<folder>`, sorted by name; a sibling `<name>.json` may hold variables. */
export function loadDocuments(folder) {
  const dir = join(corpusDir, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter(f => f.endsWith('.graphql')).sort().map(file => {
    const name = file.replace(/\.graphql$/, '');
    const varsFile = join(dir, name + '.json');
    const variables = existsSync(varsFile) ? JSON.parse(readFileSync(varsFile, 'utf8')) : undefined;
    return { name, text: readFileSync(join(dir, file), 'utf8'), ...(variables ? { variables } : {}) };
  });
}
