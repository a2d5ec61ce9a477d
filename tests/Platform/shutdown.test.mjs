// SIGTERM ends the server in bounded time even when PostgreSQL is already gone. Once, the clustered Quartz store
// retried its database work inside its shutdown forever and the process ignored SIGTERM for minutes. The real server
// runs on a throwaway cluster of its own; the cluster is stopped first, then the server is asked to stop.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root, waitForHttp } from '../../deploy/local/setup.mjs';
import { startCluster, stopCluster, freePort } from '../../deploy/local/postgres.mjs';

const EXIT_DEADLINE_MS = 20_000;   // generous: the server's own deadline is 10 s

/** The server build to run: JM_SERVER_DLL, else the newer of the Release (npm test) and Debug builds. */
function serverDll() {
  if (process.env.JM_SERVER_DLL) return process.env.JM_SERVER_DLL;
  const builds = ['Release', 'Debug'].map(c => join(root, `src/JointMeeting.Server/bin/${c}/net10.0/JointMeeting.Server.dll`)).filter(existsSync);
  assert.ok(builds.length, 'build the server first (dotnet build src/JointMeeting.Server)');
  return builds.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
}

function exited(child, ms) {
  return new Promise(resolve => {
    if (child.exitCode !== null) return resolve({ code: child.exitCode, signal: child.signalCode });
    const timer = setTimeout(() => resolve(null), ms);
    child.once('exit', (code, signal) => { clearTimeout(timer); resolve({ code, signal }); });
  });
}

test('SIGTERM after PostgreSQL stopped ends the server with exit code 0', { timeout: 180_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'jm-shutdown-'));
  let server = null;
  try {
    const cluster = await startCluster(dir);
    const port = await freePort();
    let log = '';
    server = spawn('dotnet', [serverDll()], {
      cwd: root, stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, PORT: String(port), ConnectionStrings__Postgres: cluster.connectionString, Seeds__Demo: 'false', Smtp__Host: '' },
    });
    server.stdout.on('data', d => { log += d; });
    server.stderr.on('data', d => { log += d; });
    await waitForHttp(`http://127.0.0.1:${port}/health`, server, 120_000);

    stopCluster(dir);
    // Let the background loops (jobs, projection daemon, event feed) notice the database is gone.
    await new Promise(r => setTimeout(r, 3_000));
    server.kill('SIGTERM');
    const result = await exited(server, EXIT_DEADLINE_MS);

    assert.ok(result, `the server was still running ${EXIT_DEADLINE_MS / 1000} s after SIGTERM; its log ends:\n${log.slice(-3000)}`);
    assert.equal(result.code, 0, `exit code; log ends:\n${log.slice(-3000)}`);
    assert.match(log, /Stopped in \d+(\.\d)? s/, 'the shutdown is logged with its duration');
  } finally {
    if (server && server.exitCode === null) server.kill('SIGKILL');
    stopCluster(dir);
    rmSync(dir, { recursive: true, force: true });
  }
});
