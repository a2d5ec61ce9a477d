// The first scenario, in real browsers against the real server and demo data:
// the community secretary registers and publishes a NEW wish; a member on a 375 px phone claims it
// while a second member's wall shows it taken without a reload (live notice); the member fulfils with
// a photo, the secretary confirms with a rating, and the member's points show the wish (async projection).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { baseUrl, desktopContext, launch, phoneContext, screenshot, watchErrors } from './browser.mjs';
import { makePng, pollUntil, signIn } from './helpers.mjs';

const base = baseUrl();

/** watchErrors, plus the URL of every 5xx answer (the console only says "status of 500"). */
function watch(page) {
  const errors = watchErrors(page);
  page.on('response', (r) => {
    if (r.status() >= 500) errors.push(`HTTP ${r.status()} ${r.request().method()} ${r.url()}`);
  });
  return errors;
}

describe('micro-wish: publish, live claim, fulfil with photo, confirm, points', { skip: base ? false : 'JM_BASE_URL is not set' }, () => {
  let browser;
  const contexts = [];
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await browser?.close();
  });

  it('runs the whole wish cycle across three people', { timeout: 240_000 }, async () => {
    const title = `e2e 更换厨房水龙头 ${Date.now().toString(36)}`;

    // --- The secretary (desk) registers the wish for a resident and publishes it in one step.
    const secCtx = await desktopContext(browser);
    contexts.push(secCtx);
    const sec = await secCtx.newPage();
    const secErrors = watch(sec);
    await signIn(sec, base, 'demo-community');
    await screenshot(sec, 'home-community-secretary');
    await sec.goto(`${base}/wishes/new`, { waitUntil: 'domcontentloaded' });
    await sec.getByRole('heading', { level: 1, name: '登记心愿' }).waitFor();
    await sec.getByLabel('心愿名称').fill(title);
    await sec.getByLabel('类别').selectOption('REPAIR');
    await sec.getByLabel('估计价值（元）').fill('80');
    await sec.getByLabel('心愿描述').fill('独居老人家中厨房水龙头漏水，需要更换一个新龙头并上门安装。');
    await sec.getByLabel('居民姓名').fill('张秀华');
    await sec.getByLabel('联系电话').fill('13812341234');
    await sec.getByLabel('住址').fill('金碧新城3栋2单元501');
    await screenshot(sec, 'wish-form-desktop');
    await sec.getByRole('button', { name: '登记并发布' }).click();
    await sec.waitForURL(/\/wishes\/(?!new)[^/]+$/, { timeout: 20_000 });
    const wishId = decodeURIComponent(new URL(sec.url()).pathname.split('/').pop());
    await sec.getByTestId('wish-status').filter({ hasText: '待认领' }).waitFor();
    // Staff see the resident in full.
    assert.equal(await sec.getByTestId('resident-name').textContent(), '张秀华');

    // --- A second member (desk) watches the wall; the new wish is there, open to claim.
    const watchCtx = await desktopContext(browser);
    contexts.push(watchCtx);
    const watcher = await watchCtx.newPage();
    const watchErrs = watch(watcher);
    await signIn(watcher, base, 'demo-member2');
    await watcher.goto(`${base}/wishes`, { waitUntil: 'domcontentloaded' });
    const watchedCard = watcher.locator(`li[data-wish-id="${wishId}"]`);
    await watchedCard.waitFor({ timeout: 20_000 });
    assert.equal(await watchedCard.getAttribute('data-status'), 'PUBLISHED');
    await watcher.evaluate(() => {
      window.__jmNoReload = true;
    });
    await screenshot(watcher, 'wish-wall-desktop');

    // --- The member (phone) opens the wish: resident masked before claiming; claims it.
    const memCtx = await phoneContext(browser);
    contexts.push(memCtx);
    const mem = await memCtx.newPage();
    const memErrors = watch(mem);
    await signIn(mem, base, 'demo-member');
    await screenshot(mem, 'home-member-phone');
    await mem.goto(`${base}/wishes`, { waitUntil: 'domcontentloaded' });
    await mem.locator(`li[data-wish-id="${wishId}"]`).waitFor({ timeout: 20_000 });
    await screenshot(mem, 'wish-wall-phone');
    await mem.locator(`li[data-wish-id="${wishId}"] a`).click();
    await mem.getByRole('heading', { level: 1, name: title }).waitFor();
    assert.notEqual(await mem.getByTestId('resident-name').textContent(), '张秀华', 'the resident is masked before claiming');
    await screenshot(mem, 'wish-detail-phone');
    await mem.getByRole('button', { name: '我来认领' }).click();
    await mem.getByRole('dialog').getByRole('button', { name: '我来认领' }).click();
    await mem.getByTestId('wish-status').filter({ hasText: '已认领' }).waitFor({ timeout: 20_000 });
    // After claiming, the claimant sees the resident in full.
    await pollUntil(async () => (await mem.getByTestId('resident-name').textContent()) === '张秀华', {
      timeoutMs: 15_000,
      intervalMs: 500,
      what: 'the full resident name for the claimant',
    });

    // --- Live: the watcher's wall shows it taken, without a reload.
    await pollUntil(async () => (await watchedCard.getAttribute('data-status')) === 'CLAIMED', {
      timeoutMs: 20_000,
      intervalMs: 250,
      what: 'the second member’s wall to show the wish claimed',
    });
    assert.equal(await watcher.evaluate(() => window.__jmNoReload), true, 'the watcher’s page was not reloaded');
    assert.match(await watchedCard.innerText(), /已认领/);
    await screenshot(watcher, 'wish-wall-live-claimed-desktop');

    // My claims shows it with its countdown.
    await mem.goto(`${base}/my-claims`, { waitUntil: 'domcontentloaded' });
    await mem.locator(`li[data-wish-id="${wishId}"]`).waitFor({ timeout: 20_000 });
    assert.match(await mem.locator(`li[data-wish-id="${wishId}"]`).innerText(), /剩余/);
    await screenshot(mem, 'my-claims-phone');

    // --- The member fulfils with a note and a small generated PNG.
    await mem.goto(`${base}/wishes/${encodeURIComponent(wishId)}`, { waitUntil: 'domcontentloaded' });
    await mem.getByRole('button', { name: '登记完成' }).click();
    const dialog = mem.getByRole('dialog');
    await dialog.getByLabel('完成说明').fill('已上门更换新水龙头，试用不漏水，老人很满意。');
    await dialog.locator('input[type=file]').setInputFiles({ name: 'faucet.png', mimeType: 'image/png', buffer: makePng() });
    await dialog.locator('.jm-photos__item.is-done').waitFor({ timeout: 20_000 });
    await screenshot(mem, 'wish-fulfil-phone');
    await dialog.getByRole('button', { name: '登记完成' }).click();
    await mem.getByTestId('wish-status').filter({ hasText: '待确认' }).waitFor({ timeout: 20_000 });
    await mem.locator('.jm-photos img').first().waitFor();

    // --- The secretary confirms with a rating (4 stars) and thanks.
    await sec.goto(`${base}/wishes/${encodeURIComponent(wishId)}`, { waitUntil: 'domcontentloaded' });
    await sec.getByTestId('wish-status').filter({ hasText: '待确认' }).waitFor({ timeout: 20_000 });
    // Staff see the fulfilment photo (served by GET /uploads/photos/{id} to whoever may see the wish).
    await pollUntil(
      async () => sec.locator('.jm-photos img').first().evaluate((img) => img.complete && img.naturalWidth > 0),
      { timeoutMs: 15_000, intervalMs: 500, what: 'the fulfilment photo to load for the secretary' },
    );
    await sec.getByRole('button', { name: '确认办结' }).click();
    const confirm = sec.getByRole('dialog');
    await confirm.locator('label', { hasText: '4 星' }).click();
    assert.equal(await confirm.getByRole('radio', { name: '4 星' }).isChecked(), true);
    await confirm.getByLabel('感谢语').fill('感谢您上门帮忙，张奶奶很满意！');
    await screenshot(sec, 'wish-confirm-desktop');
    await confirm.getByRole('button', { name: '确认办结' }).click();
    await sec.getByTestId('wish-status').filter({ hasText: '已办结' }).waitFor({ timeout: 20_000 });
    await screenshot(sec, 'wish-detail-closed-desktop');

    // --- Points appear for the member (async projection: poll the page).
    await mem.goto(`${base}/points`, { waitUntil: 'domcontentloaded' });
    await pollUntil(
      async () => {
        await mem.reload({ waitUntil: 'domcontentloaded' });
        await mem.getByRole('heading', { level: 1 }).waitFor();
        return (await mem.locator(`[data-source-id="${wishId}"]`).count()) > 0;
      },
      { timeoutMs: 90_000, intervalMs: 2000, what: 'the confirmed wish in the member’s points history' },
    );
    await screenshot(mem, 'points-phone');

    assert.deepEqual(secErrors, []);
    assert.deepEqual(watchErrs, []);
    assert.deepEqual(memErrors, []);
  });
});
