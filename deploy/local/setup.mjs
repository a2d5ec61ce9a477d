// Set-up steps shared by `npm start` and `npm test`: each checks first and installs only what is missing.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, statSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const root = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');

/** Runs a command with inherited output; throws with the command line when it fails. */
export function sh(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status ?? r.signal}`);
  return r;
}

export function have(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

const isRoot = process.getuid?.() === 0;
let aptUpdated = false;

/** Installs Debian packages when a command is missing (CI machines start clean; we are root there). */
export function aptInstall(command, packages, why) {
  if (have(command) || existsSync(command)) return;
  if (!isRoot || !have('apt-get')) {
    throw new Error(`${command} is needed ${why}. Install it: sudo apt-get install -y ${packages.join(' ')}`);
  }
  console.log(`» installing ${packages.join(' ')} (${why})`);
  if (!aptUpdated) { sh('apt-get', ['update', '-qq']); aptUpdated = true; }
  sh('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

/** `npm ci` (or install without a lock) when node_modules is missing or older than the lock file. */
export function ensureNodeModules(dir) {
  const lock = join(dir, 'package-lock.json');
  const modules = join(dir, 'node_modules');
  const stale = !existsSync(modules) || (existsSync(lock) && statSync(lock).mtimeMs > statSync(modules).mtimeMs);
  if (!stale) return;
  console.log(`» npm install in ${dir.replace(root, '.') || '.'}`);
  sh('npm', [existsSync(lock) ? 'ci' : 'install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir });
}

export function requireDotnet() {
  if (!have('dotnet')) throw new Error('The .NET 10 SDK (dotnet) is needed: see https://learn.microsoft.com/dotnet/core/install/linux-debian');
}

/** Builds the web client (and GraphiQL) unless each dist is newer than every source file. */
export function buildClient() {
  const client = join(root, 'client');
  if (!existsSync(join(client, 'package.json'))) return null;
  buildFrontEnd(client, 'the web client');
  if (existsSync(join(client, 'graphiql', 'package.json'))) buildFrontEnd(join(client, 'graphiql'), 'GraphiQL');
  return join(client, 'dist');
}

function buildFrontEnd(dir, what) {
  ensureNodeModules(dir);
  const dist = join(dir, 'dist', 'index.html');
  if (!existsSync(dist) || newestMtime(join(dir, 'src')) > statSync(dist).mtimeMs) {
    console.log(`» building ${what}`);
    sh('npm', ['run', 'build', '--silent'], { cwd: dir });
  }
}

function newestMtime(dir) {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** Starts a long-running child; its output is prefixed so interleaved logs stay readable. */
export function startProcess(name, cmd, args, opts = {}) {
  const child = spawn(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], ...opts });
  const prefix = (stream, out) => {
    let buf = '';
    stream.on('data', d => {
      buf += d;
      let i;
      while ((i = buf.indexOf('\n')) >= 0) { if (!opts.quiet) out.write(`[${name}] ${buf.slice(0, i)}\n`); buf = buf.slice(i + 1); }
    });
  };
  prefix(child.stdout, process.stdout);
  prefix(child.stderr, process.stderr);
  return child;
}

/** Polls a URL until it answers 200 or the child exits or time runs out. */
export async function waitForHttp(url, child, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`process exited with ${child.exitCode} before ${url} answered`);
    try { const r = await fetch(url); if (r.ok) return; } catch { /* not up yet */ }
    await new Promise(r => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000}s`);
}
