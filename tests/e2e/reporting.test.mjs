// 双报到 in real browsers against the real server and demo data: a member on a 375 px phone asks to transfer
// their report to another community of the street (grid, skills, slots on the availability grid); the street
// secretary sees it under 待审核 on the home and on the approvals page and rejects it with a reason; the member
// reads the reason and stays reported where they were. The unit contact's 单位报到 page lists the unit's
// reports. Uses demo-member8, whom no other suite touches; the state it leaves (a rejected request) changes no
// one's rights.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { baseUrl, screenshot, useBrowser, watchErrors } from './browser.mjs';
import { signIn } from './helpers.mjs';

const base = baseUrl();

describe('双报到: request on a phone, secretary rejects with a reason', { skip: base ? false : 'JM_BASE_URL is not set' }, () => {
  const browser = useBrowser();

  it('member requests, secretary rejects with a reason the member reads', { timeout: 180_000 }, async () => {
    const reason = `请填写您实际居住的网格 ${Date.now().toString(36)}`;

    // --- The member (phone) is reported already; they ask to transfer to 顺丰翠园社区.
    const memberCtx = await browser.phone();
    const member = await memberCtx.newPage();
    const memberErrors = watchErrors(member, { ignore: [/status of 409/] });
    await signIn(member, base, 'demo-member8');
    await member.goto(`${base}/reporting`, { waitUntil: 'domcontentloaded' });
    await member.getByRole('heading', { level: 1, name: '双报到' }).waitFor();
    // A pending request from an earlier run is withdrawn first, so the test starts from "reported".
    const withdraw = member.getByRole('button', { name: '撤回申请' });
    if (await withdraw.isVisible({ timeout: 3000 }).catch(() => false)) {
      await withdraw.click();
      await member.getByRole('dialog').getByRole('button', { name: '撤回申请' }).click();
      await member.getByText('已撤回报到申请').first().waitFor();
    }
    await member.getByRole('heading', { name: /已报到到/ }).waitFor();
    await screenshot(member, 'reporting-member-approved-phone');

    await member.getByRole('button', { name: '申请转移' }).click();
    const form = member.getByRole('form', { name: '转移到新的社区' });
    await form.waitFor();
    await form.getByLabel('居住地社区').selectOption({ label: '顺丰翠园社区' });
    await form.getByLabel('网格').selectOption({ index: 1 });
    await form.getByLabel('搜索单位').fill('银行');
    await form.getByLabel('工作单位').selectOption({ index: 1 });
    await form.getByRole('group', { name: '特长' }).getByText('法律', { exact: true }).click();
    await form.getByRole('group', { name: '服务意向' }).getByText('助老', { exact: true }).click();
    await form.getByRole('button', { name: '星期六晚上' }).click();
    assert.equal(await form.getByRole('button', { name: '星期六晚上' }).getAttribute('aria-pressed'), 'true');
    await form.getByRole('button', { name: '选择每天上午' }).click();
    assert.equal(await form.getByRole('button', { name: '星期三上午' }).getAttribute('aria-pressed'), 'true');
    await screenshot(member, 'reporting-transfer-form-phone');
    await form.getByRole('button', { name: '提交转移申请' }).click();
    await member.getByRole('heading', { name: '报到申请审核中' }).waitFor({ timeout: 15_000 });
    await member.getByText(/转移申请审核中/).waitFor();
    await screenshot(member, 'reporting-member-pending-phone');

    // --- The street secretary (desk), over both communities: 待审核 on the home, then the approvals page.
    const secCtx = await browser.desktop();
    const sec = await secCtx.newPage();
    const secErrors = watchErrors(sec);
    await signIn(sec, base, 'demo-street');
    const review = sec.locator('section', { has: sec.getByRole('heading', { name: '待审核' }) });
    await review.getByText(/党员报到/).first().waitFor({ timeout: 15_000 });
    await sec.goto(`${base}/reporting/approvals`, { waitUntil: 'domcontentloaded' });
    await sec.getByRole('heading', { level: 1, name: '报到审核' }).waitFor();
    // demo-member8 is 冯晓燕 (the demo has another pending request to 顺丰翠园社区: pick ours, masked or not).
    const row = sec.getByRole('row').filter({ hasText: '待审核' }).filter({ hasText: '顺丰翠园社区' }).filter({ hasText: /冯(晓|\*)燕/ }).first();
    await row.waitFor();
    await screenshot(sec, 'reporting-approvals-desktop');
    const name = (await row.locator('strong').first().textContent())?.trim();
    assert.ok(name, 'the row names the member');
    await row.getByRole('button', { name: /^驳回/ }).click();
    const dialog = sec.getByRole('dialog', { name: '驳回报到申请' });
    await dialog.getByRole('button', { name: '驳回' }).click();
    await dialog.getByText('请填写原因').waitFor();
    await dialog.getByLabel('驳回原因').fill(reason);
    await dialog.getByRole('button', { name: '驳回' }).click();
    await sec.getByText(`已驳回 ${name} 的报到`).first().waitFor();

    // --- The member reads the reason and is still reported where they were.
    await member.reload({ waitUntil: 'domcontentloaded' });
    await member.getByRole('heading', { name: /已报到到 金碧新城社区/ }).waitFor({ timeout: 15_000 });
    await member.getByText(reason).waitFor();
    await screenshot(member, 'reporting-member-after-reject-phone');

    // --- The unit contact sees the unit's reports (co-building with the community).
    const unitCtx = await browser.desktop();
    const unit = await unitCtx.newPage();
    const unitErrors = watchErrors(unit);
    await signIn(unit, base, 'demo-unit');
    await unit.goto(`${base}/reporting/unit`, { waitUntil: 'domcontentloaded' });
    await unit.getByText(/已是 金碧新城社区 的共建单位/).waitFor({ timeout: 15_000 });
    await screenshot(unit, 'reporting-unit-desktop');

    assert.deepEqual(memberErrors, []);
    assert.deepEqual(secErrors, []);
    assert.deepEqual(unitErrors, []);
  });
});
