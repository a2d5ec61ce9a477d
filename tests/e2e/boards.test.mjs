// The boards' edit and admin operations, in a real browser against the real server:
// a unit edits its own resource and a community secretary edits her own project draft while a second
// browser watches each board change without a reload; a community secretary widens her new wish to the
// street and a member of another community of the street then finds it on his wall; the action item
// and volunteer post pages open from their lists. Everything edited here is created here first.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { baseUrl, desktopContext, launch, phoneContext, screenshot, watchErrors } from './browser.mjs';
import { signIn } from './helpers.mjs';

const base = baseUrl();
const stamp = Date.now().toString(36);

/** Marks the page so a later check can prove it was not reloaded. */
async function markNoReload(page) {
  await page.evaluate(() => {
    window.__jmBoardsNoReload = true;
  });
}
async function assertNotReloaded(page) {
  assert.equal(await page.evaluate(() => window.__jmBoardsNoReload === true), true, 'the watching page was reloaded');
}

async function noHorizontalScroll(page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `page scrolls sideways by ${overflow}px at 375 px`);
}

describe('boards: edit, widen, detail pages', { skip: !base && 'JM_BASE_URL not set' }, () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  it('a unit edits its resource; a secretary watching the board sees the new terms live', { timeout: 180_000 }, async () => {
    const title = `E2E会议室开放-${stamp}`;
    const edited = `E2E多功能会议室开放-${stamp}`;
    const unitCtx = await phoneContext(browser);
    const unit = await unitCtx.newPage();
    const unitErrors = watchErrors(unit);
    await signIn(unit, base, 'demo-unit');
    await unit.goto(`${base}/resources`);
    await unit.getByRole('heading', { level: 1, name: '资源清单' }).waitFor();
    await unit.getByRole('button', { name: '提供资源' }).first().click();
    const offer = unit.getByRole('dialog', { name: '提供资源' });
    await offer.getByLabel('资源名称').fill(title);
    await offer.getByLabel('资源类别').selectOption({ label: '场地' });
    await offer.getByLabel('面向组织').selectOption({ label: '本社区' });
    await offer.getByLabel('容量').fill('2');
    await offer.getByLabel('计量单位').fill('间');
    await offer.getByLabel('地点').fill('康宁医院门诊楼5楼');
    await offer.getByLabel('说明').fill('周末开放，可容纳30人。');
    await offer.getByRole('button', { name: '提供资源' }).click();
    const unitCard = unit.locator('article', { hasText: title });
    await unitCard.waitFor();

    // The secretary of the community it is offered to watches her board.
    const deskCtx = await desktopContext(browser);
    const sec = await deskCtx.newPage();
    const secErrors = watchErrors(sec);
    await signIn(sec, base, 'demo-community');
    await sec.goto(`${base}/resources`);
    await sec.getByRole('heading', { level: 1, name: '资源清单' }).waitFor();
    await sec.locator('article', { hasText: title }).waitFor({ timeout: 20_000 });
    await markNoReload(sec);

    // The unit edits: a new name, more rooms, a longer description.
    await unitCard.getByRole('button', { name: '修改' }).click();
    const edit = unit.getByRole('dialog', { name: '修改资源' });
    assert.equal(await edit.getByLabel('资源名称').inputValue(), title);
    await edit.getByLabel('资源名称').fill(edited);
    await edit.getByLabel('容量').fill('3');
    await edit.getByLabel('说明').fill('周一至周五晚间开放，可容纳40人，含投影。');
    await screenshot(unit, 'boards-resource-edit-phone');
    await edit.getByRole('button', { name: '保存' }).click();
    await edit.waitFor({ state: 'detached' });
    const editedCard = unit.locator('article', { hasText: edited });
    await editedCard.waitFor();
    assert.match(await editedCard.innerText(), /剩余 3 \/ 3\s*间/);
    await noHorizontalScroll(unit);

    // The secretary's board shows the new terms without a reload.
    const secCard = sec.locator('article', { hasText: edited });
    await secCard.waitFor({ timeout: 20_000 });
    assert.match(await secCard.innerText(), /可容纳40人/);
    await assertNotReloaded(sec);
    await screenshot(sec, 'boards-resources-desktop');

    assert.deepEqual(unitErrors, []);
    assert.deepEqual(secErrors, []);
    await unitCtx.close();
    await deskCtx.close();
  });

  it('a secretary edits her project draft; her deputy watching the board sees it live; a stale edit is explained', { timeout: 180_000 }, async () => {
    const title = `E2E楼道适老化改造-${stamp}`;
    const edited = `E2E楼道扶手与照明适老化改造-${stamp}`;
    const deskCtx = await desktopContext(browser);
    const sec = await deskCtx.newPage();
    const secErrors = watchErrors(sec);
    await signIn(sec, base, 'demo-community');
    await sec.goto(`${base}/projects`);
    await sec.getByRole('heading', { level: 1, name: '项目清单' }).waitFor();
    await sec.getByRole('button', { name: '拟定项目' }).first().click();
    const draft = sec.getByRole('dialog', { name: '拟定项目' });
    await draft.getByLabel('项目名称').fill(title);
    await draft.getByLabel('项目内容').fill('为3栋、5栋楼道加装扶手。');
    await draft.getByRole('button', { name: '拟定项目' }).click();
    const card = sec.locator('article', { hasText: title });
    await card.waitFor();

    const deputyCtx = await desktopContext(browser);
    const deputy = await deputyCtx.newPage();
    const deputyErrors = watchErrors(deputy);
    await signIn(deputy, base, 'jinbi-deputy');
    await deputy.goto(`${base}/projects`);
    await deputy.getByRole('heading', { level: 1, name: '项目清单' }).waitFor();
    const deputyCard = deputy.locator('article', { hasText: title });
    await deputyCard.waitFor({ timeout: 20_000 });
    await markNoReload(deputy);

    // The deputy opens the same draft for editing before the secretary saves hers.
    await deputyCard.getByRole('button', { name: '修改' }).click();
    const stale = deputy.getByRole('dialog', { name: '修改项目草稿' });
    await stale.getByLabel('项目内容').waitFor();

    await card.getByRole('button', { name: '修改' }).click();
    const edit = sec.getByRole('dialog', { name: '修改项目草稿' });
    await edit.getByLabel('项目名称').fill(edited);
    await edit.getByLabel('项目内容').fill('为3栋、5栋楼道加装扶手，并更换感应照明。');
    await screenshot(sec, 'boards-project-edit-desktop');
    await edit.getByRole('button', { name: '保存' }).click();
    await edit.waitFor({ state: 'detached' });
    await sec.locator('article', { hasText: edited }).waitFor();

    // Behind the deputy's open dialog, her board already shows the new name, without a reload.
    await deputy.locator('article', { hasText: edited }).waitFor({ timeout: 20_000 });
    await assertNotReloaded(deputy);

    // Her own save was based on the old version: the form says so in words and keeps what she typed.
    await stale.getByLabel('项目内容').fill('加装扶手（副书记的修改）');
    await stale.getByRole('button', { name: '保存' }).click();
    const warning = stale.getByRole('alert').filter({ hasText: '已被他人改动' });
    await warning.waitFor({ timeout: 20_000 });
    assert.equal(await stale.getByLabel('项目内容').inputValue(), '加装扶手（副书记的修改）');
    await screenshot(deputy, 'boards-project-conflict-desktop');
    await stale.getByRole('button', { name: '取消' }).click();

    assert.deepEqual(secErrors, []);
    // The CONFLICT answer is an expected GraphQL error, not a page error; nothing else may be logged.
    assert.deepEqual(deputyErrors.filter((e) => !/409|CONFLICT/.test(e)), []);
    await deskCtx.close();
    await deputyCtx.close();
  });

  it('a community secretary widens her new wish; a member of another community of the street finds it on his wall', { timeout: 180_000 }, async () => {
    const title = `E2E帮独居老人修门锁-${stamp}`;
    const deskCtx = await desktopContext(browser);
    const sec = await deskCtx.newPage();
    const secErrors = watchErrors(sec);
    await signIn(sec, base, 'demo-community');
    await sec.goto(`${base}/wishes/new`);
    await sec.getByRole('heading', { level: 1, name: '登记心愿' }).waitFor();
    await sec.getByLabel('心愿名称').fill(title);
    await sec.getByLabel('类别').selectOption('REPAIR');
    await sec.getByLabel('估计价值（元）').fill('60');
    await sec.getByLabel('心愿描述').fill('独居老人家门锁坏了，需要更换锁芯。');
    await sec.getByLabel('居民姓名').fill('陈桂英');
    await sec.getByLabel('联系电话').fill('13900001111');
    await sec.getByLabel('住址').fill('金碧新城5栋1单元302');
    await sec.getByRole('button', { name: '登记并发布' }).click();
    await sec.waitForURL(/\/wishes\/(?!new)[^/]+$/, { timeout: 20_000 });
    const wishId = decodeURIComponent(new URL(sec.url()).pathname.split('/').pop());
    await sec.getByTestId('wish-status').filter({ hasText: '待认领' }).waitFor();

    // A member of 顺丰翠园 (same street, another community) does not see it yet.
    const phoneCtx = await phoneContext(browser);
    const other = await phoneCtx.newPage();
    const otherErrors = watchErrors(other);
    await signIn(other, base, 'm-shunfeng1');
    // His wall lists his own community's wishes and, while they wait for a claimant, those widened to his street.
    await other.goto(`${base}/wishes`);
    await other.getByRole('heading', { level: 1 }).first().waitFor();
    await other.locator('li[data-wish-id]').first().waitFor();
    await other.waitForLoadState('networkidle');
    assert.equal(await other.locator(`li[data-wish-id="${wishId}"]`).count(), 0, 'another community saw a wish before it was widened');

    // The secretary widens it; the confirmation names who will then see it.
    await sec.getByRole('button', { name: '扩大到全街道' }).click();
    const confirm = sec.getByRole('dialog', { name: '扩大到全街道' });
    await confirm.getByText(/石井街.*各社区已报到的在职党员/).waitFor();
    await screenshot(sec, 'boards-wish-widen-desktop');
    await confirm.getByRole('button', { name: '确认扩大' }).click();
    await confirm.waitFor({ state: 'detached' });
    await sec.getByText('全街道', { exact: true }).first().waitFor();
    assert.equal(await sec.getByRole('button', { name: '扩大到全街道' }).count(), 0);

    // On his open wall at once, without a reload (the wall listens to the street too), saying whose wish it is.
    const card = other.locator(`li[data-wish-id="${wishId}"]`);
    await card.waitFor({ timeout: 10_000 });
    await card.getByText(/^全街道 · 来自\S+/).waitFor();
    // 为我推荐 ranks it among what he may claim.
    await other.getByRole('button', { name: '为我推荐' }).click();
    await other.locator(`li[data-wish-id="${wishId}"]`).waitFor({ timeout: 10_000 });
    await other.locator(`li[data-wish-id="${wishId}"]`).scrollIntoViewIfNeeded();
    await screenshot(other, 'boards-wish-widened-other-community-phone');
    await noHorizontalScroll(other);

    assert.deepEqual(secErrors, []);
    assert.deepEqual(otherErrors, []);
    await deskCtx.close();
    await phoneCtx.close();
  });

  it('an action item and a volunteer post open from their lists on their own pages', { timeout: 180_000 }, async () => {
    // The street secretary opens an action item from the supervision board: its history is there.
    const deskCtx = await desktopContext(browser);
    const street = await deskCtx.newPage();
    const streetErrors = watchErrors(street);
    await signIn(street, base, 'demo-street');
    await street.goto(`${base}/supervision`);
    await street.getByRole('heading', { level: 1, name: '督办台账' }).waitFor();
    await street.getByRole('radio', { name: /全部/ }).click();
    const first = street.locator('.jm-supervision__title a').first();
    const itemTitle = (await first.textContent()).trim();
    await first.click();
    await street.waitForURL(/\/action-items\/[^/]+$/);
    await street.getByRole('heading', { level: 1, name: itemTitle }).waitFor();
    const history = street.getByRole('list', { name: '办理经过' });
    await history.waitFor();
    assert.ok((await history.locator('li').count()) >= 1);
    assert.match(await history.innerText(), /生成督办事项/);
    await screenshot(street, 'boards-action-item-desktop');

    // A deep link works on a phone too.
    const itemUrl = street.url();
    const phoneCtx = await phoneContext(browser);
    const phoneStreet = await phoneCtx.newPage();
    await signIn(phoneStreet, base, 'demo-street');
    await phoneStreet.goto(itemUrl);
    await phoneStreet.getByRole('heading', { level: 1, name: itemTitle }).waitFor();
    await noHorizontalScroll(phoneStreet);
    await screenshot(phoneStreet, 'boards-action-item-phone');

    // The community secretary opens a post from the list: the roster with its counts.
    const secCtx = await desktopContext(browser);
    const sec = await secCtx.newPage();
    const secErrors = watchErrors(sec);
    await signIn(sec, base, 'demo-community');
    await sec.goto(`${base}/posts`);
    await sec.getByRole('heading', { level: 1, name: '志愿服务岗位' }).waitFor();
    let link = sec.locator('.jm-post__title a').first();
    if (!(await link.count())) {
      await sec.getByRole('button', { name: '已结束' }).click();
      link = sec.locator('.jm-post__title a').first();
    }
    const postTitle = (await link.textContent()).trim();
    await link.click();
    await sec.waitForURL(/\/posts\/[^/]+$/);
    await sec.getByRole('heading', { name: postTitle }).waitFor();
    await sec.getByRole('heading', { name: '报名与签到' }).waitFor();
    assert.match(await sec.locator('.jm-rostersum').innerText(), /已报名/);
    await screenshot(sec, 'boards-post-roster-desktop');

    // A member opens the same post on a phone and sees their own slot.
    const memberCtx = await phoneContext(browser);
    const member = await memberCtx.newPage();
    const memberErrors = watchErrors(member);
    await signIn(member, base, 'demo-member');
    await member.goto(sec.url());
    await member.getByRole('heading', { name: postTitle }).waitFor();
    await member.getByRole('heading', { name: '我的报名' }).waitFor();
    await noHorizontalScroll(member);
    await screenshot(member, 'boards-post-member-phone');

    assert.deepEqual(streetErrors, []);
    assert.deepEqual(secErrors, []);
    assert.deepEqual(memberErrors, []);
    for (const c of [deskCtx, phoneCtx, secCtx, memberCtx]) await c.close();
  });

  // Only opened, not run: a rebuild of every member's points would race the other suites sharing this server.
  it('the district admin finds 重算积分 on the points page, with what it does in words', { timeout: 120_000 }, async () => {
    const deskCtx = await desktopContext(browser);
    const admin = await deskCtx.newPage();
    const errors = watchErrors(admin);
    await signIn(admin, base, 'demo-admin');
    await admin.goto(`${base}/points`);
    await admin.getByRole('heading', { level: 1 }).first().waitFor();
    await admin.getByRole('button', { name: '重算积分' }).click();
    const dialog = admin.getByRole('dialog', { name: '按现行规则重算全部积分' });
    assert.match(await dialog.innerText(), /后台进行/);
    await dialog.getByLabel('重算原因').fill('e2e：核对积分规则');
    await screenshot(admin, 'boards-points-recompute-desktop');
    await dialog.getByRole('button', { name: '取消' }).click();
    await dialog.waitFor({ state: 'detached' });
    assert.deepEqual(errors, []);
    await deskCtx.close();
  });
});
