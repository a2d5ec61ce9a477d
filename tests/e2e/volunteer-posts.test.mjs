// Volunteer posts in real browsers against the real server: the community secretary publishes a NEW post with
// 2 slots; a member at a desk and a member on a 375 px phone claim the two slots; a third member, whose page was
// open all along, sees the post fill up without a reload and is told in words that it is full (no 报名 button).
// The secretary sees both names among the holders. Uses demo-member5/6/7, whom no other suite touches.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { baseUrl, screenshot, useBrowser, watchErrors } from './browser.mjs';
import { signIn } from './helpers.mjs';

const base = baseUrl();

/** China local "YYYY-MM-DDTHH:mm" for a datetime-local input, days from now. */
function chinaLocal(daysFromNow, hour) {
  const d = new Date(Date.now() + daysFromNow * 86_400_000);
  const date = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
  return `${date}T${String(hour).padStart(2, '0')}:00`;
}

describe('volunteer post: 2 slots, two claims (one on a phone), the third sees it full', { skip: base ? false : 'JM_BASE_URL is not set' }, () => {
  const browser = useBrowser();

  it('fills two slots and tells the third member the post is full', { timeout: 240_000 }, async () => {
    const title = `e2e 周末垃圾分类督导 ${Date.now().toString(36)}`;
    const ignore = [/status of 409/];

    // --- The secretary publishes a post with 2 slots for tomorrow morning.
    const secCtx = await browser.desktop();
    const sec = await secCtx.newPage();
    const secErrors = watchErrors(sec);
    await signIn(sec, base, 'demo-community');
    await sec.goto(`${base}/posts`, { waitUntil: 'domcontentloaded' });
    await sec.getByRole('heading', { level: 1, name: '志愿服务岗位' }).waitFor();
    await sec.getByRole('button', { name: '发布岗位' }).click();
    const dialog = sec.getByRole('dialog', { name: '发布岗位' });
    await dialog.getByLabel('岗位名称').fill(title);
    await dialog.getByLabel('类别').selectOption('GARBAGE_SORTING');
    await dialog.getByLabel('名额').fill('2');
    await dialog.getByLabel('开始时间').fill(chinaLocal(1, 8));
    await dialog.getByLabel('结束时间').fill(chinaLocal(1, 11));
    await dialog.getByLabel('地点').fill('金碧新城南门垃圾投放点');
    await dialog.getByLabel('岗位说明').fill('督导居民按四分类投放，讲解厨余垃圾破袋要求。');
    await screenshot(sec, 'post-publish-desktop');
    await dialog.getByRole('button', { name: '发布岗位' }).click();
    const secCard = sec.locator('li[data-post-id]', { hasText: title });
    await secCard.waitFor({ timeout: 15_000 });
    await secCard.getByText('剩余 2 / 2 个名额').waitFor();

    // --- The third member opens the posts page first and keeps it open (no reloads from here on).
    const thirdCtx = await browser.desktop();
    const third = await thirdCtx.newPage();
    const thirdErrors = watchErrors(third, { ignore });
    await signIn(third, base, 'demo-member7');
    await third.goto(`${base}/posts`, { waitUntil: 'domcontentloaded' });
    const thirdCard = third.locator('li[data-post-id]', { hasText: title });
    await thirdCard.waitFor({ timeout: 15_000 });
    await thirdCard.getByRole('button', { name: '报名' }).waitFor();

    // --- Member one (desk) claims a slot.
    const oneCtx = await browser.desktop();
    const one = await oneCtx.newPage();
    const oneErrors = watchErrors(one, { ignore });
    await signIn(one, base, 'demo-member5');
    await one.goto(`${base}/posts`, { waitUntil: 'domcontentloaded' });
    const oneCard = one.locator('li[data-post-id]', { hasText: title });
    await oneCard.getByRole('button', { name: '报名' }).click();
    await one.getByText('报名成功，请按时到岗签到。').first().waitFor({ timeout: 15_000 });
    await oneCard.getByText('剩余 1 / 2 个名额').waitFor();
    await oneCard.getByRole('button', { name: '取消报名' }).waitFor();

    // --- Member two, on a 375 px phone, takes the last slot.
    const twoCtx = await browser.phone();
    const two = await twoCtx.newPage();
    const twoErrors = watchErrors(two, { ignore });
    await signIn(two, base, 'demo-member6');
    await two.goto(`${base}/posts`, { waitUntil: 'domcontentloaded' });
    const twoCard = two.locator('li[data-post-id]', { hasText: title });
    await twoCard.getByText('剩余 1 / 2 个名额').waitFor({ timeout: 15_000 });
    await screenshot(two, 'post-before-claim-phone');
    await twoCard.getByRole('button', { name: '报名' }).click();
    await two.getByText('报名成功，请按时到岗签到。').first().waitFor({ timeout: 15_000 });
    await twoCard.getByText('2 个名额已报满').waitFor();
    await twoCard.getByText('已报名', { exact: true }).waitFor();
    // Fits the phone: the card is no wider than the screen.
    const box = await twoCard.boundingBox();
    assert.ok(box && box.x >= 0 && box.x + box.width <= 375, `post card fits 375 px (got ${JSON.stringify(box)})`);
    await screenshot(two, 'post-claimed-phone');

    // --- The third member's open page shows it full, in words, without a reload; no claim button is offered.
    await thirdCard.getByText('2 个名额已报满').waitFor({ timeout: 20_000 });
    await thirdCard.getByText('名额已满', { exact: true }).waitFor();
    assert.equal(await thirdCard.getByRole('button', { name: '报名' }).count(), 0, 'a full post offers no 报名');
    await screenshot(third, 'post-full-third-member-desktop');

    // --- The secretary sees both holders.
    await sec.reload({ waitUntil: 'domcontentloaded' });
    await secCard.getByText('2 个名额已报满').waitFor({ timeout: 15_000 });
    await secCard.getByRole('button', { name: /报名人员（2）/ }).click();
    assert.equal(await secCard.locator('.jm-holders li').count(), 2);
    await screenshot(sec, 'post-holders-desktop');

    for (const errors of [secErrors, thirdErrors, oneErrors, twoErrors]) assert.deepEqual(errors, []);
  });
});
