// 账号管理 and 隐私查看记录 in real browsers against the real server and demo data. The district admin registers a
// new account (unique per run, homed in 金碧新城社区) with the generated initial password, grants it the Member role
// in that community; the new person signs in on a 375 px phone with that password and gets the member's home
// (心愿墙); the admin revokes the role and the person's next page load has lost it. The community secretary opens
// the new account (its contact details whole, so the server records the view); the admin finds that view on the
// privacy audit, reached from the account's page; the admin resets the password and the person must replace it before
// any other page. Touches only the account it creates.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { baseUrl, screenshot, useBrowser, watchErrors } from './browser.mjs';
import { signIn } from './helpers.mjs';

const base = baseUrl();

describe('账号管理: register, grant, sign in, revoke; privacy audit', { skip: base ? false : 'JM_BASE_URL is not set' }, () => {
  const browser = useBrowser();

  const open = async (make) => (await make()).newPage();

  it('admin registers and grants; the new member signs in; revocation applies at once; the view is audited', { timeout: 240_000 }, async () => {
    const stamp = Date.now().toString(36);
    const login = `e2e-acct-${stamp}`;
    const displayName = `测试党员${stamp.slice(-4)}`;
    const phone = `139${String(Date.now()).slice(-8)}`;

    // --- The district admin's 账号管理 (desk).
    const admin = await open(browser.desktop);
    const adminErrors = watchErrors(admin, { ignore: [/status of 409/] });
    await signIn(admin, base, 'demo-admin');
    await admin.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '账号管理' }).click();
    await admin.getByRole('heading', { level: 1, name: '账号管理' }).waitFor();
    await admin.getByRole('row').nth(1).waitFor();
    await screenshot(admin, 'accounts-list-desktop');

    // Register: the dialog offers a generated password that meets the rules shown beside it.
    await admin.getByRole('button', { name: '新建账号' }).click();
    const dialog = admin.getByRole('dialog', { name: '新建账号' });
    await dialog.getByText('至少 8 位，须同时包含字母和数字').waitFor();
    // A bad login name is refused in words before anything is sent.
    await dialog.getByLabel('登录名').fill('A b');
    await dialog.getByRole('button', { name: '创建账号' }).click();
    await dialog.getByText(/登录名须为 3 到 32 位/).waitFor();
    await dialog.getByLabel('登录名').fill(login);
    await dialog.getByLabel('姓名').fill(displayName);
    await dialog.getByLabel('手机号').fill(phone);
    const password = await dialog.getByLabel('初始密码').inputValue();
    assert.match(password, /^(?=.*[A-Za-z])(?=.*\d).{8,}$/, 'the offered password passes the rules');
    await dialog.getByLabel('所属组织 第 1 级').selectOption({ label: '石井街道（街道）' });
    await dialog.getByLabel('所属组织 第 2 级').selectOption({ label: '金碧新城社区（社区）' });
    await dialog.getByText('已选：金碧新城社区（社区）').waitFor();
    await screenshot(admin, 'accounts-register-desktop');
    await dialog.getByRole('button', { name: '创建账号' }).click();
    await admin.getByRole('heading', { level: 1, name: displayName }).waitFor({ timeout: 15_000 });
    await admin.getByText('该账号还没有任何角色').waitFor();

    // Grant 在职党员 in 金碧新城社区 (the scope picker only walks towards communities).
    await admin.getByRole('button', { name: '授予角色' }).click();
    const grant = admin.getByRole('dialog', { name: `为 ${displayName} 授予角色` });
    await grant.getByLabel('角色').selectOption({ label: '在职党员' });
    await grant.getByLabel('授权范围 第 1 级').selectOption({ label: '石井街道（街道）' });
    await grant.getByLabel('授权范围 第 2 级').selectOption({ label: '金碧新城社区（社区）' });
    await grant.getByRole('button', { name: '授予', exact: true }).click();
    const grantsCard = admin.locator('section', { has: admin.getByRole('heading', { name: '角色与授权' }) });
    await grantsCard.getByText('在职党员 · 金碧新城社区').waitFor({ timeout: 15_000 });
    await screenshot(admin, 'accounts-detail-desktop');

    // --- The new person on a phone: signs in with the initial password and gets the member's home.
    const member = await open(browser.phone);
    const memberErrors = watchErrors(member);
    await signIn(member, base, login, password);
    const tabs = member.getByRole('navigation', { name: '底部导航' });
    await tabs.getByRole('link', { name: '心愿墙' }).waitFor({ timeout: 15_000 });
    await member.getByText(/在职党员 · 金碧新城社区/).first().waitFor();
    await screenshot(member, 'accounts-new-member-home-phone');

    // --- The admin revokes the role (confirmed in a dialog).
    await grantsCard.getByRole('button', { name: '撤销 在职党员（金碧新城社区）' }).click();
    const confirm = admin.getByRole('dialog', { name: '撤销角色' });
    await confirm.getByText(/撤销立即生效/).waitFor();
    await confirm.getByRole('button', { name: '撤销' }).click();
    await grantsCard.getByText('该账号还没有任何角色').waitFor({ timeout: 15_000 });

    // The person's next page load shows the loss: no 心愿墙 tab, and the wish wall refuses.
    await member.reload({ waitUntil: 'domcontentloaded' });
    await member.getByRole('heading', { level: 1 }).first().waitFor();
    await tabs.getByRole('link', { name: '我的' }).waitFor();
    assert.equal(await tabs.getByRole('link', { name: '心愿墙' }).count(), 0, 'the revoked role leaves the tab bar');
    await member.goto(`${base}/wishes`, { waitUntil: 'domcontentloaded' });
    await member.getByText('无权访问').waitFor({ timeout: 15_000 });
    await screenshot(member, 'accounts-revoked-phone');

    // --- The community secretary opens the new account: its phone is whole for them, so the view is recorded.
    const secretary = await open(browser.desktop);
    const secretaryErrors = watchErrors(secretary);
    await signIn(secretary, base, 'demo-community');
    await secretary.goto(`${base}/admin/accounts`, { waitUntil: 'domcontentloaded' });
    await secretary.getByRole('heading', { level: 1, name: '账号管理' }).waitFor();
    await secretary.getByLabel('搜索').fill(login);
    await secretary.getByRole('button', { name: '搜索', exact: true }).click();
    await secretary.getByRole('link', { name: `查看 ${displayName} 的账号` }).click();
    await secretary.getByRole('heading', { level: 1, name: displayName }).waitFor();
    await secretary.getByText(phone).waitFor();

    // --- The admin reads the audit from the account's page: who saw this person's details.
    await admin.getByRole('link', { name: '谁查看过此人的个人信息' }).click();
    await admin.getByRole('heading', { level: 1, name: '隐私查看记录' }).waitFor();
    await admin.getByRole('button', { name: `取消筛选：被查看人：${login}` }).waitFor();
    const seen = admin.getByRole('row').filter({ hasText: '(demo-community)' }).or(admin.getByRole('row').filter({ hasText: '（demo-community）' }));
    await seen.first().waitFor({ timeout: 15_000 });
    const row = (await seen.first().textContent()) ?? '';
    assert.match(row, /手机/, 'the phone was among the fields seen');
    assert.match(row, /辖区书记/, 'on the ground of being the secretary over them');
    assert.match(row, /账号资料/);
    await screenshot(admin, 'accounts-privacy-desktop');

    // The same audit on a phone stays readable (rows become cards).
    const adminPhone = await open(browser.phone);
    await signIn(adminPhone, base, 'demo-admin');
    await adminPhone.goto(`${base}/admin/privacy`, { waitUntil: 'domcontentloaded' });
    await adminPhone.getByRole('heading', { level: 1, name: '隐私查看记录' }).waitFor();
    await adminPhone.getByText(/（demo-/).first().waitFor();
    await screenshot(adminPhone, 'accounts-privacy-phone', { fullPage: false });
    await adminPhone.goto(`${base}/admin/accounts?q=${encodeURIComponent(login)}`, { waitUntil: 'domcontentloaded' });
    await adminPhone.getByRole('link', { name: `查看 ${displayName} 的账号` }).waitFor();
    await screenshot(adminPhone, 'accounts-list-phone');
    await adminPhone.getByRole('link', { name: `查看 ${displayName} 的账号` }).click();
    await adminPhone.getByRole('heading', { level: 1, name: displayName }).waitFor();
    await screenshot(adminPhone, 'accounts-detail-phone');
    const overflow = await adminPhone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `no sideways scrolling at 375 px (overflow ${overflow})`);

    // --- The admin resets the person's password: told once, and the person must replace it before anything else.
    await admin.goto(`${base}/admin/accounts?q=${encodeURIComponent(login)}`, { waitUntil: 'domcontentloaded' });
    await admin.getByRole('link', { name: `查看 ${displayName} 的账号` }).click();
    await admin.getByRole('heading', { level: 1, name: displayName }).waitFor();
    await admin.getByRole('button', { name: '重置密码' }).click();
    await admin.getByRole('dialog', { name: `重置 ${displayName} 的密码` }).getByRole('button', { name: '确认重置' }).click();
    const told = (await admin.getByTestId('one-time-password').textContent()) ?? '';
    assert.match(told, /^(?=.*[A-Za-z])(?=.*\d).{8,}$/);
    await admin.getByRole('dialog', { name: '密码已生效' }).getByRole('button', { name: '关闭' }).first().click();

    await signIn(member, base, login, told);
    await member.waitForURL((url) => url.pathname === '/account', { timeout: 15_000 });
    await member.getByRole('alert').filter({ hasText: '密码已由管理员重置' }).waitFor();
    await screenshot(member, 'accounts-must-change-password-phone');
    await member.goto(`${base}/points`, { waitUntil: 'domcontentloaded' });
    await member.waitForURL((url) => url.pathname === '/account', { timeout: 15_000 });
    await member.getByLabel('当前密码').fill(told);
    await member.getByLabel(/^新密码/).fill('Changed2026x');
    await member.getByLabel('再次输入新密码').fill('Changed2026x');
    await member.getByRole('button', { name: '修改密码' }).click();
    await member.getByRole('alert').filter({ hasText: '密码已由管理员重置' }).waitFor({ state: 'detached', timeout: 15_000 });
    // (no role any more, so the page itself says 无权访问 — but it is that page, not 我的)
    await member.goto(`${base}/points`, { waitUntil: 'domcontentloaded' });
    await member.getByText('无权访问').waitFor({ timeout: 15_000 });
    assert.equal(new URL(member.url()).pathname, '/points', 'a changed password frees the other pages');

    assert.deepEqual(adminErrors, []);
    assert.deepEqual(memberErrors.filter((e) => !/status of 403/.test(e)), []);
    assert.deepEqual(secretaryErrors, []);
  });
});
