// GraphiQL at /graphql in real Chromium: the page loads from our own bundle (no CDN), a typed query
// runs against the server over HTTP and its result shows, and a subscription streams over WebSocket.
// Runs against JM_BASE_URL (the product server); without it, locally, against the GraphQL TestServer.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { baseUrl, desktopContext, launch, screenshot, watchErrors } from './browser.mjs';
import { startTestServer } from '../graphql/transport-server.mjs';

describe('GraphiQL', () => {
  let browser;
  let server;
  let base = baseUrl();
  before(async () => {
    if (!base) {
      if (process.env.CI) throw new Error('JM_BASE_URL is not set: GraphiQL must be checked on the product server under CI');
      server = await startTestServer();
      base = server.base;
    }
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** Opens GraphiQL, replaces the query with `query` and runs it; returns the page and what went wrong on the way. */
  async function run(context, query) {
    const page = await context.newPage();
    const external = [];
    const failed = [];
    // the browser asks for /favicon.ico on its own; that one may be missing
    const errors = watchErrors(page, { ignore: [/Failed to load resource/] });
    page.on('request', (r) => {
      if (!/^(https?:\/\/127\.0\.0\.1|ws|data:|blob:)/.test(r.url()) && !r.url().startsWith(base)) external.push(r.url());
    });
    page.on('response', (r) => {
      if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) failed.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(`${base}/graphql`, { waitUntil: 'load' });
    const editor = page.locator('.graphiql-query-editor .monaco-editor').first();
    await editor.waitFor({ timeout: 30_000 });
    await editor.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type(query, { delay: 10 });
    await page.keyboard.press('Escape'); // closes the completion list, so nothing is accepted by accident
    const typed = (await page.locator('.graphiql-query-editor .view-lines').innerText()).replace(/\s+/g, ' ').trim();
    assert.equal(typed, query, 'the editor holds exactly what was typed (Monaco typed over its auto-closed brackets)');
    // GraphiQL re-parses the document after a debounce and picks HTTP or WebSocket from it: let it settle, as a person would.
    await page.waitForTimeout(800);
    await page.getByRole('button', { name: /execute query/i }).click();
    return { page, external, failed, errors };
  }

  const waitForResponse = (page, pattern) =>
    page
      .waitForFunction(
        (source) => new RegExp(source).test((document.querySelector('.graphiql-response')?.innerText ?? '').replace(/\s+/g, ' ')),
        pattern.source,
        { timeout: 30_000 },
      )
      .catch(async (e) => {
        throw new Error(`${e.message}; the response pane shows: ${await page.locator('.graphiql-response').innerText()}`);
      });

  it('runs a typed { __typename } and shows the result', async () => {
    const context = await desktopContext(browser);
    const { page, external, failed, errors } = await run(context, '{ __typename }');
    await waitForResponse(page, /"data": \{ "__typename": "\w+" \}/);
    await screenshot(page, 'graphiql-typename');
    assert.deepEqual(external, [], 'GraphiQL loaded nothing from outside the server');
    assert.deepEqual(failed, []);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('shows the schema in the documentation explorer (introspection works)', async () => {
    const context = await desktopContext(browser);
    const page = await context.newPage();
    await page.goto(`${base}/graphql`, { waitUntil: 'load' });
    await page.getByRole('button', { name: /show documentation explorer/i }).click();
    await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).first().waitFor({ timeout: 30_000 });
    await context.close();
  });

  it('streams a subscription over WebSocket (TestServer only)', async (t) => {
    if (!server) return t.skip('the product schema has no test subscription');
    const context = await desktopContext(browser);
    const { page } = await run(context, 'subscription { ticks(count: 3, intervalMs: 200) }');
    await waitForResponse(page, /"ticks": 3/);
    await context.close();
  });
});
