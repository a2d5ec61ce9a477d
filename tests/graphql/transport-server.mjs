// Starts tests/JointMeeting.GraphQL.TestServer (our GraphQL transport on a small test schema) for the
// Node suites that speak to it with things we did not write (graphql-http, graphql-ws, fuzzers).
//   const server = await startTestServer();  …  server.url  …  await server.stop();
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const project = join(root, 'tests', 'JointMeeting.GraphQL.TestServer', 'bin');

/** The built TestServer: Release (what `npm test` builds), else Debug. */
export function testServerDll() {
  for (const configuration of ['Release', 'Debug']) {
    const dll = join(project, configuration, 'net10.0', 'JointMeeting.GraphQL.TestServer.dll');
    if (existsSync(dll)) return dll;
  }
  throw new Error('TestServer is not built: dotnet build tests/JointMeeting.GraphQL.TestServer -c Release');
}

/** A free TCP port on the loopback interface. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Starts the server and resolves once it prints its address; `extraArgs` go to the server. */
export async function startTestServer(extraArgs = []) {
  const port = await freePort();
  const child = spawn('dotnet', [testServerDll(), '--port', String(port), ...extraArgs], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, DOTNET_NOLOGO: '1', DOTNET_CLI_TELEMETRY_OPTOUT: '1' },
  });
  let output = '';
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`TestServer did not start in 60 s:\n${output}`)), 60_000);
    const onData = (data) => {
      output += data;
      if (output.includes('listening on')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (data) => (output += data));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`TestServer exited with ${code}:\n${output}`));
    });
  });
  child.removeAllListeners('exit');
  const base = `http://127.0.0.1:${port}`;
  return {
    base,
    url: `${base}/graphql`,
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
    /** Everything the server wrote (its error log), for assertions on stack traces. */
    output: () => output,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', resolve);
        child.kill('SIGTERM');
      }),
  };
}

/** POSTs a GraphQL request; resolves to { status, contentType, text, json }. */
export async function post(url, body, headers = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', text, json, headers: response.headers };
}

/** Text that betrays an exception leaking to the client (.NET stack frames, exception type names). */
export const STACK_TRACE = /\bat [\w.<>`]+\(|Exception:|System\.[A-Z]\w+\.|\.cs:line \d+/;

/** What the server logs when the transport itself failed (as opposed to a resolver's own exception). */
export const TRANSPORT_FAILURE = /unhandled exception was thrown by the application|GraphQL execution failed|graphql-transport-ws (connection|operation)/i;
