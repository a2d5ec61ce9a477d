// A private PostgreSQL cluster made from the machine's binaries: used by `npm start` (kept under
// JM_DATA_DIR) and by `npm test` (a throwaway cluster on a free port).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync, chownSync, chmodSync, rmSync, statSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import net from 'node:net';

const DB_USER = 'jointmeeting';

/** Finds initdb/pg_ctl/postgres: PG_BIN, then Debian's /usr/lib/postgresql/<newest>/bin, then PATH. */
export function findPgBin() {
  const candidates = [];
  if (process.env.PG_BIN) candidates.push(process.env.PG_BIN);
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    for (const v of readdirSync(debian).sort((a, b) => Number(b) - Number(a))) candidates.push(join(debian, v, 'bin'));
  }
  for (const dir of candidates) if (existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'))) return dir;
  const which = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' });
  if (which.status === 0 && which.stdout.trim()) return resolve(which.stdout.trim(), '..');
  return null;
}

export function requirePgBin() {
  const bin = findPgBin();
  if (!bin) {
    console.error('PostgreSQL server binaries (initdb, pg_ctl, postgres) were not found.\n' +
      'Install PostgreSQL 15 — on Debian/Ubuntu: sudo apt-get install postgresql-15 — or set PG_BIN to its bin folder,\n' +
      'or point ConnectionStrings__Postgres at an existing server.');
    process.exit(2);
  }
  return bin;
}

/** PostgreSQL refuses to run as root: pick (or create) an unprivileged OS user to own the cluster. */
function osUser() {
  if (process.getuid?.() !== 0) return null;
  for (const name of ['postgres', DB_USER]) {
    if (spawnSync('id', ['-u', name]).status === 0) return name;
  }
  execFileSync('useradd', ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', DB_USER]);
  return DB_USER;
}

function uidGid(user) {
  return {
    uid: Number(execFileSync('id', ['-u', user], { encoding: 'utf8' }).trim()),
    gid: Number(execFileSync('id', ['-g', user], { encoding: 'utf8' }).trim()),
  };
}

/**
 * The cluster's OS user must reach its data directory. A checkout under a private directory (mode 700,
 * as `mktemp -d` makes) blocks it, so grant traverse-only (o+x, never read) on the ancestors that lack it.
 */
function ensureTraversable(dir, user) {
  const blocked = [];
  for (let d = resolve(dir, '..'); ; d = resolve(d, '..')) {
    if ((statSync(d).mode & 0o001) === 0) blocked.push(d);
    if (d === '/') break;
  }
  for (const d of blocked) {
    if (spawnSync('runuser', ['-u', user, '--', 'test', '-x', d]).status === 0) continue;
    chmodSync(d, statSync(d).mode | 0o001);
    console.log(`» allowed ${user} to traverse ${d} (o+x) to reach the PostgreSQL data directory`);
  }
}

function run(bin, tool, args, user, opts = {}) {
  const cmd = join(bin, tool);
  const [file, argv] = user ? ['runuser', ['-u', user, '--', cmd, ...args]] : [cmd, args];
  return spawnSync(file, argv, { encoding: 'utf8', ...opts });
}

export function freePort() {
  return new Promise((res, rej) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', rej);
    srv.listen(0, '127.0.0.1', () => { const { port } = srv.address(); srv.close(() => res(port)); });
  });
}

/**
 * Ensures a cluster exists in `dir` and is running on `port`; returns its connection string.
 * Reuses an existing cluster (and its port and password) when one is there.
 */
export async function startCluster(dir, { port } = {}) {
  const bin = requirePgBin();
  const user = osUser();
  dir = resolve(dir);
  const pgdata = join(dir, 'pg');
  const meta = join(dir, 'cluster.json');
  mkdirSync(dir, { recursive: true });
  if (user) ensureTraversable(dir, user);
  let info = existsSync(meta) ? JSON.parse(readFileSync(meta, 'utf8')) : null;
  if (!info || !existsSync(join(pgdata, 'PG_VERSION'))) {
    rmSync(pgdata, { recursive: true, force: true });
    info = { port: port ?? await freePort(), password: randomBytes(18).toString('base64url') };
    mkdirSync(pgdata, { recursive: true });
    const pwfile = join(dir, 'pwfile');
    writeFileSync(pwfile, info.password + '\n', { mode: 0o600 });
    if (user) { const { uid, gid } = uidGid(user); chownSync(dir, uid, gid); chownSync(pgdata, uid, gid); chownSync(pwfile, uid, gid); }
    const init = run(bin, 'initdb', ['-D', pgdata, '-U', DB_USER, '--pwfile', pwfile, '-E', 'UTF8', '--locale=C.UTF-8',
      '--auth-local=scram-sha-256', '--auth-host=scram-sha-256'], user);
    rmSync(pwfile, { force: true });
    if (init.status !== 0) throw new Error('initdb failed:\n' + init.stderr + init.stdout);
    writeFileSync(meta, JSON.stringify(info), { mode: 0o600 });
  } else if (port) info.port = port;
  if (user) { const { uid, gid } = uidGid(user); chownSync(dir, uid, gid); chmodSync(dir, 0o700); }
  const status = run(bin, 'pg_ctl', ['-D', pgdata, 'status'], user);
  if (status.status !== 0) {
    rmSync(join(pgdata, 'postmaster.pid'), { force: true, recursive: false });
    const opts = `-p ${info.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${pgdata} ` +
      `-c max_connections=300 -c shared_buffers=256MB -c fsync=${process.env.JM_PG_FSYNC ?? 'on'} -c max_prepared_transactions=0`;
    const start = run(bin, 'pg_ctl', ['-D', pgdata, '-l', join(pgdata, 'server.log'), '-o', opts, '-w', '-t', '60', 'start'], user);
    if (start.status !== 0) {
      const log = existsSync(join(pgdata, 'server.log')) ? readFileSync(join(pgdata, 'server.log'), 'utf8').slice(-2000) : '';
      throw new Error(`PostgreSQL did not start in ${pgdata}:\n${start.stderr}${start.stdout}\n${log}`);
    }
  } else {
    const pid = readFileSync(join(pgdata, 'postmaster.pid'), 'utf8').split('\n');
    info.port = Number(pid[3]);
  }
  return {
    dir, pgdata, port: info.port,
    connectionString: `Host=127.0.0.1;Port=${info.port};Username=${DB_USER};Password=${info.password};Database=postgres`,
    url: `postgresql://${DB_USER}:${info.password}@127.0.0.1:${info.port}/postgres`,
    password: info.password, user: DB_USER,
    stop: () => stopCluster(dir),
  };
}

/** Fast shutdown: disconnects clients, writes a checkpoint, leaves the cluster reusable. */
export function stopCluster(dir) {
  const bin = findPgBin();
  if (!bin) return;
  const pgdata = join(resolve(dir), 'pg');
  if (!existsSync(join(pgdata, 'postmaster.pid'))) return;
  run(bin, 'pg_ctl', ['-D', pgdata, '-m', 'fast', '-w', 'stop'], osUser());
}

/** Binary of a client tool (psql, pgbench) next to the server binaries, or on PATH. */
export function pgTool(name) {
  const bin = findPgBin();
  if (bin && existsSync(join(bin, name))) return join(bin, name);
  return name;
}

// `node deploy/local/postgres.mjs start <dir>` / `stop <dir>`: for developers and helpers.
if (import.meta.url === `file://${process.argv[1]}`) {
  const [cmd, dir = process.env.JM_DATA_DIR ?? '.data'] = process.argv.slice(2);
  if (cmd === 'start') { const c = await startCluster(dir); console.log(c.connectionString); }
  else if (cmd === 'stop') stopCluster(dir);
  else { console.error('usage: node deploy/local/postgres.mjs start|stop [dir]'); process.exit(64); }
}

/** Creates database `name` on the cluster when it does not exist yet; returns its connection string. */
export function ensureDatabase(cluster, name) {
  const env = { ...process.env, PGPASSWORD: cluster.password };
  const q = (sql) => spawnSync(pgTool('psql'), ['-h', '127.0.0.1', '-p', String(cluster.port), '-U', cluster.user, '-d', 'postgres',
    '-tAc', sql], { encoding: 'utf8', env });
  const exists = q(`SELECT 1 FROM pg_database WHERE datname = '${name}'`);
  if (exists.status !== 0) throw new Error(`psql failed: ${exists.stderr}`);
  if (exists.stdout.trim() !== '1') {
    const made = q(`CREATE DATABASE "${name}"`);
    if (made.status !== 0) throw new Error(`CREATE DATABASE ${name} failed: ${made.stderr}`);
  }
  return cluster.connectionString.replace('Database=postgres', `Database=${name}`);
}
