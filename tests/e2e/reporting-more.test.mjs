// 双报到 completion in real browsers against the real server and demo data, with a member of this test's own:
// the community secretary registers a new account's 双报到 on their behalf (代为登记: person picker, report form),
// it lands in 待审核 and she approves it; the member, on a 375 px phone, moves to another building of the
// community (变更住址) and the wall's 为我推荐 reason for a wish of that building turns from 同网格 to 同楼栋; the
// approvals page on a 375 px phone shows cards without sideways scrolling; the unit contact of the member's unit
// reads the quarter's 双报告 with the new member in it. State it leaves: one new account whose report it ends at the
// end (nobody else's rights change) and one wish it published and then cancels.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { baseUrl, screenshot, useBrowser, watchErrors } from './browser.mjs';
import { DEMO_PASSWORD, pollUntil, signIn } from './helpers.mjs';

const base = baseUrl();

/** A GraphQL call from inside a signed-in page (its cookie), for set-up the test is not about. */
async function gql(page, query, variables) {
  const body = await page.evaluate(
    async ([q, v]) => {
      const res = await fetch('/graphql', {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query: q, variables: v }),
      });
      return res.json();
    },
    [query, variables],
  );
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return body.data;
}

const orgId = async (page, name) => {
  const data = await gql(page, '{ organisations { id name children { id name children { id name children { id name children { id name } } } } } }');
  const walk = (nodes) => {
    for (const n of nodes ?? []) {
      if (n.name === name) return n.id;
      const hit = walk(n.children);
      if (hit) return hit;
    }
    return undefined;
  };
  const id = walk(data.organisations);
  assert.ok(id, `organisation ${name}`);
  return id;
};

describe('双报到: 代为登记, 变更住址, 双报告, approvals on a phone', { skip: base ? false : 'JM_BASE_URL is not set' }, () => {
  const browser = useBrowser();

  it('a secretary registers a member who then moves building; ranking, approvals and 双报告 follow', { timeout: 240_000 }, async () => {
    const stamp = Date.now().toString(36);
    const login = `e2e-rep-${stamp}`;
    const name = `测试党员${stamp.slice(-4)}`;
    const wishTitle = `旧书架修理 ${stamp}`;

    // --- Set-up as the community secretary (desk): a new account in 金碧新城社区 and a published wish in 金碧新城2栋.
    const secCtx = await browser.desktop();
    const sec = await secCtx.newPage();
    const secErrors = watchErrors(sec);
    await signIn(sec, base, 'demo-community');
    const community = await orgId(sec, '金碧新城社区');
    const grid1 = await orgId(sec, '金碧新城第一网格');
    const building2 = await orgId(sec, '金碧新城2栋');
    await gql(sec, 'mutation($i: RegisterAccountInput!) { registerAccount(input: $i) { id } }', {
      i: { loginName: login, password: DEMO_PASSWORD, displayName: name, phone: '13800209999', homeOrganisationId: community },
    });
    const submitted = await gql(sec, 'mutation($i: SubmitWishInput!) { submitWish(input: $i) { id version } }', {
      i: {
        communityId: community, category: 'REPAIR', title: wishTitle, description: '书架层板松动，需要加固。', estimatedValue: 30,
        residentName: '周桂兰', residentPhone: '13800001111', residentAddress: '金碧新城2栋301', gridId: grid1, buildingId: building2,
      },
    });
    const wishId = submitted.submitWish.id;
    await gql(sec, 'mutation($i: PublishWishInput!) { publishWish(input: $i) { id } }', { i: { wishId } });

    try {
      // --- 代为登记: approvals → 代为登记 → pick the new person → the report form (1栋 of the first grid, 康宁医院).
      await sec.goto(`${base}/reporting/approvals`, { waitUntil: 'domcontentloaded' });
      await sec.getByRole('heading', { level: 1, name: '报到审核' }).waitFor();
      await sec.getByRole('link', { name: '代为登记' }).click();
      await sec.getByRole('heading', { level: 1, name: '代为登记报到' }).waitFor();
      await sec.getByLabel('姓名或用户名').fill(login);
      const results = sec.getByRole('list', { name: '查找结果' });
      await results.getByRole('button', { name: new RegExp(name) }).click();
      await sec.getByText('该党员还没有报到记录。').waitFor();
      const form = sec.getByRole('form', { name: '报到信息' });
      assert.equal(await form.getByLabel('居住地社区').inputValue(), community, 'the secretary’s community is preselected');
      await form.getByLabel('网格').selectOption({ label: '金碧新城第一网格' });
      await form.getByLabel('楼栋').selectOption({ label: '金碧新城1栋' });
      await form.getByLabel('搜索单位').fill('康宁');
      await form.getByLabel('工作单位').selectOption({ index: 1 });
      assert.match(await form.getByLabel('工作单位').locator('option:checked').textContent(), /康宁医院/);
      await form.getByRole('group', { name: '特长' }).getByText('维修', { exact: true }).click();
      await screenshot(sec, 'reporting-register-desktop');
      await form.getByRole('button', { name: '提交登记' }).click();

      // It lands in 待审核 (the server does not approve in the same step); she approves it there.
      await sec.waitForURL(/\/reporting\/approvals$/);
      const row = sec.getByRole('row').filter({ hasText: name });
      await row.getByText('待审核').waitFor({ timeout: 15_000 });
      await row.getByRole('button', { name: `通过 ${name}` }).click();
      await sec.getByText(`已通过 ${name} 的报到`).first().waitFor();

      // --- The member on a phone: reported in 1栋; 为我推荐 says 同网格 (not 同楼栋) for the wish in 2栋.
      const memberCtx = await browser.phone();
      const member = await memberCtx.newPage();
      const memberErrors = watchErrors(member);
      await signIn(member, base, login);
      const reasonsOf = async () => {
        await member.goto(`${base}/wishes?view=forMe`, { waitUntil: 'domcontentloaded' });
        const card = member.locator('li.jm-wish', { hasText: wishTitle });
        await card.waitFor({ timeout: 15_000 });
        return (await card.locator('.jm-wish__reasons li').allTextContents()).map((s) => s.trim());
      };
      const before = await reasonsOf();
      assert.ok(before.includes('同网格') && !before.includes('同楼栋'), `reasons before the move: ${before}`);

      await member.goto(`${base}/reporting`, { waitUntil: 'domcontentloaded' });
      await member.getByRole('heading', { name: '已报到到 金碧新城社区' }).waitFor({ timeout: 15_000 });
      await member.getByText('金碧新城第一网格 · 金碧新城1栋').waitFor();
      await member.getByRole('button', { name: '变更住址' }).click();
      const dialog = member.getByRole('dialog', { name: '变更居住网格 / 楼栋' });
      // Choosing where they live already is refused in words before any request.
      await dialog.getByRole('button', { name: '保存住址' }).click();
      await dialog.getByText('与现在的网格和楼栋相同，请选择新的住址').waitFor();
      await dialog.getByLabel('楼栋').selectOption({ label: '金碧新城2栋' });
      await screenshot(member, 'reporting-residence-phone');
      await dialog.getByRole('button', { name: '保存住址' }).click();
      await member.getByText('住址已变更，为您推荐的心愿随之更新').first().waitFor();
      await member.getByText('金碧新城第一网格 · 金碧新城2栋').waitFor();
      await screenshot(member, 'reporting-member-moved-phone');

      const afterMove = await reasonsOf();
      assert.ok(afterMove.includes('同楼栋'), `reasons after the move: ${afterMove}`);
      await screenshot(member, 'reporting-wall-for-me-phone');

      // --- Approvals on a 375 px phone: cards, no sideways scrolling; the approved member shows the new building.
      const secPhoneCtx = await browser.phone();
      const secPhone = await secPhoneCtx.newPage();
      const secPhoneErrors = watchErrors(secPhone);
      await signIn(secPhone, base, 'demo-community');
      await secPhone.goto(`${base}/reporting/approvals`, { waitUntil: 'domcontentloaded' });
      await secPhone.getByRole('heading', { level: 1, name: '报到审核' }).waitFor();
      await secPhone.getByRole('radio', { name: '已通过' }).click();
      const card = secPhone.getByRole('row').filter({ hasText: name });
      await card.getByText('金碧新城第一网格 · 金碧新城2栋').waitFor({ timeout: 15_000 });
      assert.equal(await card.evaluate((tr) => getComputedStyle(tr).display), 'block', 'a phone shows each report as a card, not a table row');
      const overflow = await secPhone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `the approvals page scrolls sideways by ${overflow}px at 375 px`);
      await card.getByRole('button', { name: `变更住址 ${name}` }).waitFor();
      await screenshot(secPhone, 'reporting-approvals-phone');
      await secPhone.getByRole('radio', { name: /^待审核/ }).click();
      await screenshot(secPhone, 'reporting-approvals-pending-phone');

      // --- The unit contact (康宁医院) reads this quarter's 双报告 with the new member in it.
      const unitCtx = await browser.desktop();
      const unit = await unitCtx.newPage();
      const unitErrors = watchErrors(unit);
      await signIn(unit, base, 'demo-unit');
      await pollUntil(
        async () => {
          await unit.goto(`${base}/reporting/service`, { waitUntil: 'domcontentloaded' });
          await unit.getByRole('heading', { level: 1, name: '双报告' }).waitFor();
          return unit.getByRole('row').filter({ hasText: name }).first().isVisible({ timeout: 5000 }).catch(() => false);
        },
        { what: 'the new member in the unit’s 双报告' },
      );
      const memberRow = unit.getByRole('row').filter({ hasText: name }).first();
      assert.match(await memberRow.textContent(), /0星（未评星）/);
      await unit.getByRole('columnheader', { name: '志愿服务（小时）' }).waitFor();
      await screenshot(unit, 'reporting-service-desktop');
      // An earlier quarter is picked from the list; the page answers (rows or the empty state) without an error.
      const quarter = unit.getByLabel('季度');
      await quarter.selectOption({ index: 1 });
      await unit.getByRole('heading', { name: new RegExp(`${(await quarter.locator('option:checked').textContent()).trim()}`) }).waitFor();

      assert.deepEqual(secErrors, []);
      assert.deepEqual(memberErrors, []);
      assert.deepEqual(secPhoneErrors, []);
      assert.deepEqual(unitErrors, []);
    } finally {
      // The wish was only there to be ranked, and the member only to be reported: take both away again so no other
      // suite meets the wish and the unit's 双报告 does not grow with every run.
      await gql(sec, 'mutation($i: CancelWishInput!) { cancelWish(input: $i) { id } }', { i: { wishId, reason: '测试结束' } }).catch(() => {});
      const reports = await gql(sec, 'query($o: ID!) { memberReports(organisationId: $o, status: APPROVED) { id member { username } } }', { o: community }).catch(() => null);
      const mine = reports?.memberReports.find((r) => r.member?.username === login);
      if (mine) await gql(sec, 'mutation($i: ReportActionInput!) { withdrawMemberReport(input: $i) { id } }', { i: { reportId: mine.id } }).catch(() => {});
    }
  });

  // Only opened, not sent: a quarter is mailed once, and other suites may look for that mail.
  it('a street secretary reads the 双报告 of a unit in the street and may send the street’s quarter', { timeout: 120_000 }, async () => {
    const ctx = await browser.desktop();
    const page = await ctx.newPage();
    const errors = watchErrors(page);
    await signIn(page, base, 'demo-street');
    await page.goto(`${base}/reporting/service`, { waitUntil: 'domcontentloaded' });
    await page.getByRole('heading', { level: 1, name: '双报告' }).waitFor();
    const unitPicker = page.getByLabel('单位');
    await unitPicker.locator('option', { hasText: '广州白云康宁医院' }).waitFor({ state: 'attached' });
    await unitPicker.selectOption({ label: '广州白云康宁医院' });
    await page.getByRole('columnheader', { name: '志愿服务（小时）' }).waitFor();
    await page.getByRole('button', { name: '立即发送双报告' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(/石井街.*各驻区单位联络人/).waitFor();
    await screenshot(page, 'reporting-service-street-desktop');
    await dialog.getByRole('button', { name: '取消' }).click();
    await dialog.waitFor({ state: 'detached' });
    assert.deepEqual(errors, []);
    await ctx.close();
  });
});
