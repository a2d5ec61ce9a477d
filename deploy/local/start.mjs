// `npm start`: install what is missing, start (or reuse) the private PostgreSQL cluster, build the
// client, then run the server, which migrates, loads the demo into an empty database and serves on PORT.
import { join, resolve } from 'node:path';
import { root, sh, requireDotnet, buildClient, startProcess } from './setup.mjs';
import { startCluster, stopCluster, requirePgBin, ensureDatabase } from './postgres.mjs';

try {
  requireDotnet();
  const env = { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1' };
  let dataDir = null;
  if (!env.ConnectionStrings__Postgres) {
    requirePgBin();
    dataDir = resolve(root, env.JM_DATA_DIR ?? '.data');
    const cluster = await startCluster(dataDir);
    console.log(`» PostgreSQL (private cluster in ${dataDir}) on port ${cluster.port}`);
    env.ConnectionStrings__Postgres = ensureDatabase(cluster, 'jointmeeting');
  }
  const clientDir = buildClient();
  if (clientDir) env.App__ClientDir = clientDir;
  console.log('» building the server');
  sh('dotnet', ['build', 'src/JointMeeting.Server', '-c', 'Release', '-nologo', '-v', 'q', '-clp:ErrorsOnly'], { env });
  const server = startProcess('server', 'dotnet',
    [join(root, 'src/JointMeeting.Server/bin/Release/net10.0/JointMeeting.Server.dll')], { env });

  let stopping = false;
  const shutdown = () => {
    if (stopping) return;
    stopping = true;
    server.kill('SIGTERM');
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  server.on('exit', code => {
    if (dataDir) { console.log('» stopping PostgreSQL'); stopCluster(dataDir); }
    process.exit(stopping ? 0 : code ?? 1);
  });
} catch (e) {
  console.error(`npm start failed: ${e.message}`);
  process.exit(1);
}
