// Browser harness for the e2e tests: Playwright (playwright-core) driving Debian's chromium,
// because Playwright's own browser download cannot be fetched here.
//   import { launch, desktopContext, phoneContext, screenshot, baseUrl } from './browser.mjs';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { after, before } from 'node:test';

const here = dirname(fileURLToPath(import.meta.url));
export const SCREENSHOT_DIR = join(here, '..', 'artifacts', 'screenshots');

// chromium's own network probes (QUIC, component updates, sync, first-run pings) fail without
// internet and slow or break start-up, so they are all off.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export function chromiumPath() {
  const candidates = [process.env.JM_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`chromium not found (tried ${candidates.join(', ')}); install it with: apt-get install -y chromium`);
  return found;
}

/** The server under test, e.g. http://localhost:5080 (no trailing slash); undefined when not given. */
export function baseUrl() {
  const url = process.env.JM_BASE_URL;
  return url ? url.replace(/\/+$/, '') : undefined;
}

/**
 * Headless chromium. Playwright's launch() gives every browser a fresh temporary
 * user-data-dir (and deletes it on close), so runs never share cookies or caches.
 */
export async function launch(options = {}) {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
    timeout: 60_000,
    ...options,
  });
}

const common = { locale: 'zh-CN', timezoneId: 'Asia/Shanghai', colorScheme: 'light' };

/**
 * One browser for a describe block: launched before its tests and closed after them together with every context
 * opened through it, so a failing test never leaves Chromium running.
 */
export function useBrowser() {
  let browser;
  const contexts = [];
  const track = async (open) => {
    const context = await open(browser);
    contexts.push(context);
    return context;
  };
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await browser?.close();
  });
  return {
    desktop: (options) => track((b) => desktopContext(b, options)),
    phone: (options) => track((b) => phoneContext(b, options)),
  };
}

/** A desk: 1280 × 800. */
export function desktopContext(browser, options = {}) {
  return browser.newContext({ ...common, viewport: { width: 1280, height: 800 }, ...options });
}

/** A member's phone: 375 px wide, touch. */
export function phoneContext(browser, options = {}) {
  return browser.newContext({
    ...common,
    viewport: { width: 375, height: 812 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    userAgent:
      'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Mobile Safari/537.36',
    ...options,
  });
}

/** Saves a full-page PNG to tests/artifacts/screenshots/<name>.png and returns its path. */
export async function screenshot(page, name, options = {}) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true, animations: 'disabled', ...options });
  return path;
}

/**
 * Collects uncaught errors and console errors of a page, to assert none happened.
 * With JM_E2E_NO_API=1 (the client served alone, e.g. by `vite preview`, so /graphql answers 502)
 * failed resource loads are not counted.
 */
export function watchErrors(page, { ignore = [] } = {}) {
  const patterns = [...ignore, ...(process.env.JM_E2E_NO_API === '1' ? [/Failed to load resource/] : [])];
  const errors = [];
  const add = (text) => {
    if (!patterns.some((p) => p.test(text))) errors.push(text);
  };
  page.on('pageerror', (e) => add(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') add(`console: ${m.text()}`);
  });
  return errors;
}
