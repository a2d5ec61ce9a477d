// `npm test`: every suite on a fresh clone. Installs what is missing, starts a throwaway PostgreSQL
// cluster and a real SMTP server, runs the .NET suites, then starts the real server and runs the
// Node suites (GraphQL conformance, browser) and the client's unit tests. Exits non-zero on any failure.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, readdirSync, statSync, mkdirSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { root, sh, aptInstall, ensureNodeModules, requireDotnet, buildClient, startProcess, waitForHttp } from '../deploy/local/setup.mjs';
import { startCluster, stopCluster, requirePgBin, ensureDatabase, freePort } from '../deploy/local/postgres.mjs';

const results = [];            // { suite, passed, failed, ok }
const children = [];
let clusterDir = null;
const started = Date.now();
// Tests append measured figures here (import times, notice latency); printed in the summary, never asserted.
const figuresFile = join(root, 'tests/artifacts/figures.txt');

/** Runs a suite, echoing its output, and reads pass/fail counts from the runner's own summary. */
function runSuite(suite, cmd, args, { env, parse, timeoutMs = 15 * 60_000, cwd = root }) {
  return new Promise(resolve => {
    console.log(`\n━━ ${suite}`);
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const tee = (d, stream) => { out += d; stream.write(d); };
    child.stdout.on('data', d => tee(d, process.stdout));
    child.stderr.on('data', d => tee(d, process.stderr));
    const timer = setTimeout(() => { out += `\n${suite} timed out\n`; child.kill('SIGKILL'); }, timeoutMs);
    child.on('close', code => {
      clearTimeout(timer);
      const { passed, failed } = parse(out.replace(/\x1b\[[0-9;]*m/g, ''));
      const ok = code === 0 && failed === 0 && passed > 0;
      results.push({ suite, passed, failed: ok ? failed : Math.max(failed, 1), ok });
      resolve(ok);
    });
  });
}

const sum = (out, re) => [...out.matchAll(re)].reduce((n, m) => n + Number(m[1]), 0);
const parseDotnet = out => ({ passed: sum(out, /Passed:\s+(\d+)/g), failed: sum(out, /Failed:\s+(\d+)/g) });
const parseNode = out => ({ passed: sum(out, /^# pass (\d+)/gm), failed: sum(out, /^# fail (\d+)/gm) });
const parseVitest = out => ({ passed: sum(out, /Tests\s+(?:\d+ failed \| )?(\d+) passed/g), failed: sum(out, /Tests\s+(\d+) failed/g) });

function findFiles(dir, pattern, acc = []) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (['node_modules', 'bin', 'obj', 'artifacts'].includes(e.name)) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) findFiles(p, pattern, acc); else if (pattern.test(e.name)) acc.push(p);
  }
  return acc.sort();
}

async function main() {
  requireDotnet();
  requirePgBin();
  aptInstall('/usr/bin/chromium', ['chromium'], 'for the browser tests');
  aptInstall('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', ['fonts-noto-cjk'], 'so Chinese renders in browser screenshots');
  ensureNodeModules(root);

  clusterDir = mkdtempSync(join(tmpdir(), 'jm-test-'));
  process.env.JM_PG_FSYNC = 'off';   // a throwaway cluster: durability is not under test, speed is welcome
  const cluster = await startCluster(clusterDir);
  console.log(`» throwaway PostgreSQL on port ${cluster.port}`);

  const smtpPort = await freePort(), apiPort = await freePort();
  const sink = startProcess('smtp', 'node', ['tests/tools/smtp-sink.mjs', '--smtp-port', smtpPort, '--api-port', apiPort], { quiet: true });
  children.push(sink);
  await waitForHttp(`http://127.0.0.1:${apiPort}/messages`, sink, 30_000);

  mkdirSync(join(root, 'tests/artifacts'), { recursive: true });
  writeFileSync(figuresFile, '');
  const env = {
    ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1', JM_FIGURES_FILE: figuresFile,
    ConnectionStrings__Postgres: cluster.connectionString,
    JM_TEST_SMTP_PORT: String(smtpPort), JM_TEST_SMTP_API: `http://127.0.0.1:${apiPort}/`,
  };

  console.log('\n━━ build');
  sh('dotnet', ['build', 'JointMeeting.sln', '-c', 'Release', '-nologo', '-v', 'q', '-clp:ErrorsOnly'], { env });

  for (const project of findFiles(join(root, 'tests'), /\.Tests\.csproj$/)) {
    const name = project.split('/').at(-1).replace('.csproj', '');
    await runSuite(name, 'dotnet', ['test', project, '-c', 'Release', '--no-build', '--nologo', '--logger', 'console;verbosity=minimal'], { env, parse: parseDotnet });
  }

  // The real server, on its own database, for the suites that speak HTTP, WebSocket and browser.
  const clientDir = buildClient();
  const port = await freePort();
  const serverEnv = {
    ...env, PORT: String(port), ConnectionStrings__Postgres: ensureDatabase(cluster, 'jm_server'),
    Smtp__Host: '127.0.0.1', Smtp__Port: String(smtpPort), Smtp__From: 'noreply@jointmeeting.test',
    App__BaseUrl: `http://localhost:${port}`, ...(clientDir ? { App__ClientDir: clientDir } : {}),
  };
  const server = startProcess('server', 'dotnet', ['src/JointMeeting.Server/bin/Release/net10.0/JointMeeting.Server.dll'], { env: serverEnv, quiet: !process.env.JM_TEST_VERBOSE });
  children.push(server);
  await waitForHttp(`http://127.0.0.1:${port}/health`, server, 180_000);

  const nodeTests = findFiles(join(root, 'tests'), /\.test\.mjs$/);
  if (nodeTests.length) {
    mkdirSync(join(root, 'tests/artifacts'), { recursive: true });
    await runSuite('node suites', 'node', ['--test', '--test-concurrency=1', ...nodeTests.map(f => relative(root, f))],
      { env: { ...serverEnv, JM_BASE_URL: `http://127.0.0.1:${port}` }, parse: parseNode });
  }

  if (clientDir) {
    await runSuite('client (vitest)', 'npm', ['test', '--silent'], { cwd: join(root, 'client'), env, parse: parseVitest });
  }
}

function cleanup() {
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
  if (clusterDir) { stopCluster(clusterDir); rmSync(clusterDir, { recursive: true, force: true }); clusterDir = null; }
}

let failure = null;
try { await main(); } catch (e) { failure = e; }
cleanup();
console.log('\n━━ figures');
if (existsSync(figuresFile)) process.stdout.write(readFileSync(figuresFile, 'utf8'));
console.log('\n━━ summary');
for (const r of results) console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.suite}: ${r.passed} passed, ${r.failed} failed`);
if (failure) console.log(`FAIL set-up: ${failure.message}`);
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0) + (failure ? 1 : 0);
console.log(`time: ${Math.round((Date.now() - started) / 1000)}s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && results.every(r => r.ok) ? 0 : 1);
