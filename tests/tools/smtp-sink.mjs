#!/usr/bin/env node
// A real SMTP server for the test suites: receives whatever the server sends and shows it over HTTP.
//   node tests/tools/smtp-sink.mjs --smtp-port 2525 --api-port 2526
// HTTP API (what tests/JointMeeting.Testing/SmtpSink.cs reads):
//   GET  /messages  JSON array: { to[], cc[], from, subject, text, html, attachments[{filename, contentType, content}], headers }
//   POST /clear     forget every message
//   POST /stop      close the SMTP listener: connections are refused until /start
//   POST /start     listen again on the same port
// Prints "smtp-sink ready smtp=<port> api=<port>" once both listen (port 0 picks free ones).
import http from 'node:http';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

const host = '127.0.0.1';
let smtpPort = arg('smtp-port', 2525);
const apiPort = arg('api-port', 2526);
const messages = [];

const addresses = (field) => (field?.value ?? []).map((a) => a.address.toLowerCase());

// Text parts come back readable; anything else as base64, so binary survives JSON.
function attachment(a) {
  const type = a.contentType ?? 'application/octet-stream';
  const header = a.headers?.get?.('content-type');
  const params = Object.entries(header?.params ?? {})
    .filter(([k]) => k !== 'name').map(([k, v]) => `; ${k}=${v}`).join('');
  const isText = type.startsWith('text/');
  return {
    filename: a.filename ?? null,
    contentType: type + params,
    content: isText ? a.content.toString('utf8') : a.content.toString('base64'),
  };
}

async function receive(stream, session) {
  const mail = await simpleParser(stream, { skipTextToHtml: true, skipImageLinks: true });
  messages.push({
    to: addresses(mail.to),
    cc: addresses(mail.cc),
    envelopeTo: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
    from: mail.from?.value?.[0]?.address ?? session.envelope.mailFrom?.address ?? null,
    subject: mail.subject ?? '',
    text: mail.text ?? null,
    html: typeof mail.html === 'string' ? mail.html : null,
    attachments: (mail.attachments ?? []).map(attachment),
    // Raw header values (unfolded), keyed by lower-case name; the last one wins for repeated names.
    headers: Object.fromEntries((mail.headerLines ?? []).map((h) =>
      [h.key, h.line.slice(h.line.indexOf(':') + 1).replace(/\r?\n\s+/g, ' ').trim()])),
    receivedAt: new Date().toISOString(),
  });
}

function newSmtpServer() {
  return new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth(auth, session, cb) { cb(null, { user: auth.username ?? 'anyone' }); },
    onData(stream, session, cb) {
      receive(stream, session).then(() => cb(), (err) => cb(err));
    },
  });
}

let smtp = null;

function startSmtp() {
  if (smtp) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const server = newSmtpServer();
    server.on('error', (err) => console.error('smtp-sink:', err.message));
    server.server.once('error', reject);
    server.listen(smtpPort, host, () => {
      smtpPort = server.server.address().port; // keep the port when it was 0, so /start reuses it
      smtp = server;
      resolve();
    });
  });
}

function stopSmtp() {
  if (!smtp) return Promise.resolve();
  const server = smtp;
  smtp = null;
  return new Promise((resolve) => {
    // Drop open sessions too, so a client mid-conversation sees the outage as well.
    for (const conn of server.connections ?? []) conn._socket?.destroy?.();
    server.close(() => resolve());
    setTimeout(resolve, 1000).unref();
  });
}

function send(res, status, body) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

const api = http.createServer(async (req, res) => {
  const path = new URL(req.url, 'http://sink').pathname.replace(/\/+$/, '') || '/';
  try {
    if (req.method === 'GET' && path === '/messages') return send(res, 200, messages);
    if (req.method === 'POST' && path === '/clear') { messages.length = 0; return send(res, 200, { ok: true }); }
    if (req.method === 'POST' && path === '/stop') { await stopSmtp(); return send(res, 200, { ok: true, listening: false }); }
    if (req.method === 'POST' && path === '/start') { await startSmtp(); return send(res, 200, { ok: true, listening: true, port: smtpPort }); }
    if (req.method === 'GET' && path === '/') return send(res, 200, { smtpPort, listening: !!smtp, count: messages.length });
    send(res, 404, { error: `no route ${req.method} ${path}` });
  } catch (err) {
    send(res, 500, { error: String(err?.message ?? err) });
  }
});

await startSmtp();
await new Promise((resolve) => api.listen(apiPort, host, resolve));
console.log(`smtp-sink ready smtp=${smtpPort} api=${api.address().port}`);

const shutdown = () => { stopSmtp().finally(() => api.close(() => process.exit(0))); };
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
