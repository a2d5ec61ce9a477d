// `npm run bench:<name>`: builds the benchmark project in Release and runs it against a throwaway
// PostgreSQL cluster (or ConnectionStrings__Postgres when set). Each benchmark runs its anchor
// (pgbench, graphql-js) in the same run and prints the ratio on its last line.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root, sh, requireDotnet, ensureNodeModules, aptInstall } from '../deploy/local/setup.mjs';
import { startCluster, stopCluster, pgTool } from '../deploy/local/postgres.mjs';

const name = process.argv[2];
if (!['append', 'graphql', 'claims'].includes(name)) {
  console.error('usage: npm run bench:append | bench:graphql | bench:claims');
  process.exit(64);
}
requireDotnet();
ensureNodeModules(root);
if (name === 'graphql') aptInstall('wrk', ['wrk'], 'for the HTTP benchmark');
const env = { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1', JM_PGBENCH: pgTool('pgbench'), JM_REPO_ROOT: root };
let dir = null;
try {
  if (!env.ConnectionStrings__Postgres) {
    dir = mkdtempSync(join(tmpdir(), 'jm-bench-'));
    env.ConnectionStrings__Postgres = (await startCluster(dir)).connectionString;
  }
  sh('dotnet', ['build', 'tests/JointMeeting.Benchmarks', '-c', 'Release', '-nologo', '-v', 'q', '-clp:ErrorsOnly'], { env });
  sh('dotnet', ['tests/JointMeeting.Benchmarks/bin/Release/net10.0/JointMeeting.Benchmarks.dll', name, ...process.argv.slice(3)], { env });
} catch (e) {
  console.error(`bench:${name} failed: ${e.message}`);
  process.exitCode = 1;
} finally {
  if (dir) { stopCluster(dir); rmSync(dir, { recursive: true, force: true }); }
}
