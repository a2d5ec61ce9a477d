// The login page renders in Chinese and can be used with the keyboard alone, on a desk and a phone.
// Needs JM_BASE_URL (the server serving the built client); skipped without it.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { baseUrl, desktopContext, launch, phoneContext, screenshot, watchErrors } from './browser.mjs';

const base = baseUrl();

describe('login page', { skip: base ? false : 'JM_BASE_URL is not set' }, () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  it('shows its labels in Chinese and works from the keyboard (desk, 1280 px)', async () => {
    const context = await desktopContext(browser);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${base}/login`, { waitUntil: 'networkidle' });

    assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
    assert.match(await page.title(), /登录/);
    await page.getByRole('heading', { level: 1, name: '账号登录' }).waitFor();
    const username = page.getByLabel('用户名');
    const password = page.getByLabel('密码', { exact: true });
    const submit = page.getByRole('button', { name: '登录', exact: true });
    await username.waitFor();
    await password.waitFor();
    await submit.waitFor();

    // The name field has focus on arrival; Tab walks name → password → show-password → submit.
    assert.equal(await username.evaluate((el) => el === document.activeElement), true, 'username focused on load');
    await page.keyboard.press('Tab');
    assert.equal(await password.evaluate((el) => el === document.activeElement), true, 'Tab reaches the password');
    await page.keyboard.press('Tab');
    assert.equal(
      await page.getByRole('button', { name: '显示密码' }).evaluate((el) => el === document.activeElement),
      true,
      'Tab reaches the show-password toggle',
    );
    await page.keyboard.press('Tab');
    assert.equal(await submit.evaluate((el) => el === document.activeElement), true, 'Tab reaches the submit button');

    // Enter on an empty form: the errors say what is missing and focus goes to the first gap.
    await username.focus();
    await page.keyboard.press('Enter');
    await page.getByText('请输入用户名').waitFor();
    assert.equal(await username.getAttribute('aria-invalid'), 'true');
    assert.equal(await username.evaluate((el) => el === document.activeElement), true);

    await page.keyboard.type('demo-member');
    await page.keyboard.press('Enter');
    await page.getByText('请输入密码').waitFor();
    assert.equal(await password.evaluate((el) => el === document.activeElement), true, 'focus moves to the password');

    // Space on the toggle shows the password as text.
    await page.keyboard.type('secret');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    assert.equal(await password.getAttribute('type'), 'text');

    await screenshot(page, 'login-desktop');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('fits a 375 px phone without sideways scrolling', async () => {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${base}/login`, { waitUntil: 'networkidle' });
    await page.getByRole('heading', { level: 1, name: '账号登录' }).waitFor();
    assert.ok(await page.getByLabel('用户名').isVisible());
    assert.ok(await page.getByLabel('密码', { exact: true }).isVisible());
    const submit = page.getByRole('button', { name: '登录', exact: true });
    const box = await submit.boundingBox();
    assert.ok(box && box.height >= 44, 'the submit button is a comfortable touch target');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px`);
    await screenshot(page, 'login-phone');
    assert.deepEqual(errors, []);
    await context.close();
  });
});
