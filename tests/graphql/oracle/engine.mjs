// Our side of the oracle: the JointMeeting.GraphQL.Oracle console tool, one process per batch.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDir } from './corpus.mjs';

const project = join(corpusDir, '..', '..', 'JointMeeting.GraphQL.Oracle');
const dll = configuration => join(project, 'bin', configuration, 'net10.0', 'JointMeeting.GraphQL.Oracle.dll');

/** The built tool: Release (what `npm test` builds), else Debug, else builds Debug once. */
export function locateOracleTool() {
  for (const configuration of ['Release', 'Debug']) if (existsSync(dll(configuration))) return dll(configuration);
  const build = spawnSync('dotnet', ['build', project, '-c', 'Debug', '-nologo', '-v', 'q'], { stdio: 'inherit' });
  if (build.status !== 0 || !existsSync(dll('Debug'))) throw new Error(`could not build ${project}`);
  return dll('Debug');
}

/** Sends `{ mode, schema, documents, ...extra }` on stdin, returns the tool's `results` keyed by document name. */
export function runEngine(mode, schema, documents, extra = {}) {
  const result = spawnSync('dotnet', [locateOracleTool()], {
    input: JSON.stringify({ mode, schema, documents, ...extra }),
    maxBuffer: 512 * 1024 * 1024,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`oracle tool failed (${result.status}): ${result.stderr}`);
  const { results } = JSON.parse(result.stdout);
  return new Map(results.map(r => [r.name, r]));
}
