// CSV import through the page, against the real server: a GBK file is refused with the server's sentence about
// the encoding; a file missing a column names it; a file with bad rows comes back as a per-row report and
// writes nothing; "只导入有效行" then imports the valid row and the progress bar reaches 100 %.
// Imports resident units with names unique to the run (nobody else's lists change meaningfully).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { baseUrl, screenshot, useBrowser, watchErrors } from './browser.mjs';
import { signIn } from './helpers.mjs';

const base = baseUrl();

/** 名称 in GBK: bytes that are not valid UTF-8. */
const gbkHeader = Buffer.from([0xc3, 0xfb, 0xb3, 0xc6, 0x0d, 0x0a]);

describe('CSV import: encoding, missing column, per-row report, valid rows only', { skip: base ? false : 'JM_BASE_URL is not set' }, () => {
  const browser = useBrowser();

  it('explains refusals in words and imports only the valid rows when asked', { timeout: 180_000 }, async () => {
    const run = Date.now().toString(36);
    const ctx = await browser.desktop();
    const page = await ctx.newPage();
    // The refused imports answer 200 with GraphQL errors; nothing should reach the console.
    const errors = watchErrors(page);
    await signIn(page, base, 'demo-community');
    await page.goto(`${base}/imports`, { waitUntil: 'domcontentloaded' });
    await page.getByRole('heading', { level: 1, name: '批量导入' }).waitFor();
    await page.getByRole('radio', { name: '驻区单位' }).click();
    const file = page.getByLabel('CSV 文件');
    // The Chinese button, not the browser's "Choose File".
    await page.getByText('选择文件', { exact: true }).waitFor();

    // 1. Wrong encoding.
    await file.setInputFiles({ name: 'units-gbk.csv', mimeType: 'text/csv', buffer: gbkHeader });
    await page.getByRole('button', { name: '开始导入' }).click();
    await page.getByRole('alert').filter({ hasText: 'UTF-8' }).waitFor({ timeout: 15_000 });

    // 2. A missing column.
    await file.setInputFiles({ name: 'units-missing.csv', mimeType: 'text/csv', buffer: Buffer.from('名称,单位类型,所在组织\r\n甲,医院,金碧新城社区\r\n') });
    await page.getByRole('button', { name: '开始导入' }).click();
    await page.getByRole('alert').filter({ hasText: '党组织名称' }).waitFor({ timeout: 15_000 });

    // 3. Bad rows: nothing written, one line per problem.
    const good = `e2e导入测试单位${run}`;
    const csv = [
      '名称,单位类型,所在组织,党组织名称,联系人,电话',
      `${good},非公企业,金碧新城社区,${good}党支部,李敏,13900139000`,
      `e2e坏行一${run},外星机构,金碧新城社区,某党支部,王五,13900139001`,
      `e2e坏行二${run},医院,不存在的社区${run},某党支部,赵六,`,
    ].join('\r\n');
    await file.setInputFiles({ name: 'units.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${csv}\r\n`) });
    await page.getByRole('button', { name: '开始导入' }).click();
    await page.getByText('未导入', { exact: true }).waitFor({ timeout: 15_000 });
    await page.getByText(/没有写入任何数据/).waitFor();
    const table = page.getByRole('table', { name: '逐行错误报告' });
    await table.getByRole('cell', { name: '第 3 行' }).first().waitFor();
    await table.getByRole('cell', { name: '第 4 行' }).first().waitFor();
    assert.ok((await table.getByRole('row').count()) >= 3, 'a header and at least one row per bad line');
    await screenshot(page, 'import-rejected-desktop');

    // 4. Only the valid row: the same upload again with importValidRows; the job runs to 100 %.
    await page.getByRole('button', { name: '只导入有效的 1 行' }).click();
    await page.getByText('已完成', { exact: true }).waitFor({ timeout: 60_000 });
    assert.equal(await page.getByRole('progressbar', { name: '导入进度' }).getAttribute('aria-valuenow'), '100');
    await page.getByText(/已写入 1 行/).waitFor();
    await screenshot(page, 'import-done-desktop');
    assert.deepEqual(errors, []);

    // The same page on a phone reads as well.
    const phone = await browser.phone();
    const p = await phone.newPage();
    await signIn(p, base, 'demo-community');
    await p.goto(`${base}/imports`, { waitUntil: 'domcontentloaded' });
    await p.getByRole('heading', { level: 1, name: '批量导入' }).waitFor();
    await screenshot(p, 'import-phone');
  });
});
