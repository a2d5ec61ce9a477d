// Committees in a real browser against the real server: the street secretary (1280 px) sets up a NEW community
// committee (联合党委) for 石井社区 — a community of the street no other suite touches — with a convener picked by
// searching accounts as they type; adds a standing member; makes that member the convener; removes the former
// convener after confirming; appoints a part-time member from a grid of the community, changes an email, sets the
// cadence with a skipped date; finds the committee on the list only with 含下级 on. Edits a unit's details from
// the organisation tree. Screenshots at 1280 and 375 px.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { baseUrl, screenshot, useBrowser, watchErrors } from './browser.mjs';
import { signIn } from './helpers.mjs';

const base = baseUrl();

/** Closes the toasts so a screenshot shows the page under them. */
async function dismissToasts(page) {
  for (const close of await page.locator('.jm-toast button').all()) await close.click().catch(() => {});
}

describe('committees: a street secretary sets up a community committee and changes its members', { skip: base ? false : 'JM_BASE_URL is not set' }, () => {
  const browser = useBrowser();

  it('creates, adds a member, changes the convener, removes the former convener, lists it under 含下级', { timeout: 240_000 }, async () => {
    const name = `石井社区联合党委（e2e ${Date.now().toString(36)}）`;
    const ctx = await browser.desktop();
    const page = await ctx.newPage();
    const errors = watchErrors(page);
    await signIn(page, base, 'demo-street');
    await page.goto(`${base}/committees`, { waitUntil: 'domcontentloaded' });
    await page.getByRole('heading', { level: 1, name: '联席会议' }).waitFor();

    // --- 新建联席会议: the organisation picker offers the street's communities only.
    await page.getByRole('button', { name: '新建联席会议' }).click();
    const create = page.getByRole('dialog', { name: '新建联席会议' });
    const communities = await create.getByLabel('所属社区').locator('option').allInnerTexts();
    assert.ok(communities.includes('石井社区') && communities.includes('金碧新城社区'), `the street's communities: ${communities.join(' / ')}`);
    // Nothing filled: the form says what is missing in words and sends nothing.
    await create.getByRole('button', { name: '设立' }).click();
    await create.getByText('请选择所属组织').waitFor();
    await create.getByLabel('所属社区').selectOption({ label: '石井社区' });
    assert.equal(await create.getByLabel('名称').inputValue(), '石井社区联合党委', 'the name is suggested from the community');
    await create.getByLabel('名称').fill(name);
    await create.getByLabel('搜索姓名或用户名').fill('谭永强');
    await create.getByRole('radio', { name: /谭永强/ }).check();
    await create.getByText('已选择：谭永强').waitFor();
    assert.equal(await create.getByLabel('周期').inputValue(), 'MONTHLY', 'a community committee meets monthly by default');
    await screenshot(page, 'committees-create');
    await create.getByRole('button', { name: '设立' }).click();

    // --- The new committee's page: 谭永强 convenes.
    await page.getByRole('heading', { level: 1, name }).waitFor({ timeout: 15_000 });
    const convenerCard = page.locator('.jm-committee-convener');
    await convenerCard.getByText('谭永强').waitFor();
    const standing = page.getByRole('list', { name: '常任委员' });

    // --- Add 曾子航 (a member homed in 石井社区) as a standing member.
    await page.getByRole('button', { name: '添加常任委员' }).click();
    const add = page.getByRole('dialog', { name: '添加常任委员' });
    await add.getByLabel('搜索姓名或用户名').fill('曾子航');
    await add.getByRole('radio', { name: /曾子航/ }).check();
    await add.getByRole('button', { name: '添加常任委员' }).click();
    await add.waitFor({ state: 'detached' });
    await standing.getByText('曾子航').waitFor();

    // --- Make 曾子航 the convener.
    await page.getByRole('button', { name: '更换总负责人' }).click();
    const change = page.getByRole('dialog', { name: '更换总负责人' });
    await change.getByLabel('新的总负责人').selectOption({ label: '曾子航' });
    await change.getByRole('button', { name: '更换总负责人' }).click();
    await change.waitFor({ state: 'detached' });
    await convenerCard.getByText('曾子航').waitFor();
    // The convener cannot be removed; the former convener now can.
    assert.equal(await page.getByRole('button', { name: '移出 曾子航' }).count(), 0);

    // --- Remove 谭永强, after confirming.
    await page.getByRole('button', { name: '移出 谭永强' }).click();
    const confirm = page.getByRole('dialog', { name: '移出常任委员 谭永强' });
    await confirm.getByText(/不再收到会议通知/).waitFor();
    await confirm.getByRole('button', { name: '移出', exact: true }).click();
    await confirm.waitFor({ state: 'detached' });
    await standing.getByText('谭永强').waitFor({ state: 'detached' });
    assert.deepEqual(await standing.locator('li strong').allInnerTexts(), ['曾子航']);
    await page.getByRole('heading', { name: '常任委员（1）' }).waitFor();

    // --- A part-time member from a grid of the community (a new seat with an email), then the convener's email.
    await page.getByRole('button', { name: '聘任兼职委员' }).click();
    const appoint = page.getByRole('dialog', { name: '聘任兼职委员' });
    await appoint.getByLabel('来自单位或组织').selectOption({ label: '石井社区东片网格（网格）' });
    await appoint.getByLabel('姓名').fill('东片网格代表');
    await appoint.getByLabel('邮箱（选填）').fill('not-an-email');
    await appoint.getByRole('button', { name: '聘任兼职委员' }).click();
    await appoint.getByText('邮箱格式不正确').waitFor();
    await appoint.getByLabel('邮箱（选填）').fill('grid-east@jointmeeting.test');
    await appoint.getByRole('button', { name: '聘任兼职委员' }).click();
    await appoint.waitFor({ state: 'detached' });
    await page.getByRole('row', { name: /东片网格代表.*在任/ }).waitFor();
    await page.getByRole('button', { name: '修改 曾子航 的邮箱' }).click();
    const email = page.getByRole('dialog', { name: '修改 曾子航 的邮箱' });
    await email.getByLabel('邮箱').fill('zeng.zihang@jointmeeting.test');
    await email.getByRole('button', { name: '保存' }).click();
    await email.waitFor({ state: 'detached' });
    await page.locator('.jm-committee-convener').getByText('zeng.zihang@jointmeeting.test').waitFor();

    // --- The cadence: the 10th of each month, with a skipped date.
    await page.getByRole('button', { name: '设置周期' }).click();
    const cadence = page.getByRole('dialog', { name: '设置例会周期' });
    await cadence.getByLabel('每月几日').selectOption({ label: '10日' });
    await cadence.getByLabel('不开会的日期').fill('2027-02-10');
    await cadence.getByRole('button', { name: '添加', exact: true }).click();
    await cadence.getByRole('button', { name: '删除 2027年2月10日' }).waitFor();
    await cadence.getByRole('button', { name: '保存' }).click();
    await cadence.waitFor({ state: 'detached' });
    await page.getByText('每月10日').waitFor();
    await page.getByText(/跳过的日期：2027年2月10日/).waitFor();

    await dismissToasts(page);
    await screenshot(page, 'committees-detail');
    const detailUrl = page.url();

    // --- The list shows the street's own committee; the new one only with 含下级.
    await page.goto(`${base}/committees`, { waitUntil: 'domcontentloaded' });
    await page.getByRole('heading', { level: 2, name: '石井街区域化党建联席会议（大工委）' }).waitFor();
    assert.equal(await page.getByRole('link', { name }).count(), 0, 'without 含下级 only the street committee is listed');
    await page.getByLabel('含下级').check();
    await page.getByRole('link', { name }).waitFor();
    assert.match(page.url(), /below=1/, 'the switch is kept in the address');
    const card = page.locator('.jm-committee-card', { hasText: name });
    await card.getByText('曾子航').waitFor();
    await card.getByText('常任委员 1 人 · 兼职委员 1 人').waitFor();
    await screenshot(page, 'committees-list-below');

    // --- The same pages on a 375 px phone.
    const phoneCtx = await browser.phone();
    const phone = await phoneCtx.newPage();
    const phoneErrors = watchErrors(phone);
    await signIn(phone, base, 'demo-street');
    await phone.goto(`${base}/committees?below=1`, { waitUntil: 'domcontentloaded' });
    await phone.getByRole('link', { name }).waitFor();
    await screenshot(phone, 'committees-list-phone');
    await phone.goto(detailUrl, { waitUntil: 'domcontentloaded' });
    await phone.getByRole('heading', { level: 1, name }).waitFor();
    await phone.getByRole('list', { name: '常任委员' }).getByText('曾子航').waitFor();
    // Nothing on the page reaches past the screen's right edge (the document itself may clip it).
    const overflow = await phone.evaluate(() =>
      Math.max(document.documentElement.scrollWidth, ...[...document.querySelectorAll('main *')].map((el) => el.getBoundingClientRect().right)) - window.innerWidth,
    );
    assert.ok(overflow <= 1, `no sideways scrolling at 375 px (overflow ${overflow}px)`);
    await screenshot(phone, 'committees-detail-phone');

    for (const e of [errors, phoneErrors]) assert.deepEqual(e, []);
  });

  it('edits a resident unit\'s details from the organisation tree', { timeout: 120_000 }, async () => {
    // 石井鞋材 hangs under 石井社区; no other suite reads its contact.
    const unit = '石井鞋材专业市场经营管理有限公司';
    const phone = `020-8${String(Date.now()).slice(-7)}`;
    const ctx = await browser.desktop();
    const page = await ctx.newPage();
    const errors = watchErrors(page);
    await signIn(page, base, 'demo-street');
    await page.goto(`${base}/organisations`, { waitUntil: 'domcontentloaded' });
    await page.getByRole('button', { name: '展开石井社区' }).click();
    await page.getByRole('button', { name: new RegExp(unit) }).click();
    await page.getByRole('button', { name: '编辑单位信息' }).click();
    const dialog = page.getByRole('dialog', { name: `编辑“${unit}”的单位信息` });
    assert.equal(await dialog.getByLabel('单位党组织').inputValue(), '石井鞋材专业市场联合党支部', 'the form starts from the current details');
    await dialog.getByLabel('联络人电话').fill('8612');
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.getByText('请填写手机号（11 位）或座机号').waitFor();
    await dialog.getByLabel('联络人电话').fill(phone);
    await screenshot(page, 'committees-unit-details');
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText(`黎文辉 · ${phone}`).waitFor();
    assert.deepEqual(errors, []);
  });
});
