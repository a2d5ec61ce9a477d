// The joint-meeting cycle in the browser, against the real server and demo (issue 7, second scenario):
//  1. the community secretary (demo-community) posts a new need; the unit contact (demo-unit, on a phone)
//     claims it; the secretary's open board shows the claim without reload and confirms it; the unit's
//     board shows the confirmation without reload;
//  2. the street secretary (demo-street) calls a meeting of the street committee, signs members in,
//     records a decision, turns it into an action item and drafts the minutes, which the unit contact
//     (an invited part-time member) sees appear live; the action item is on the supervision board.
// Everything this test touches is created by it (a need and a meeting titled with a run stamp), so other
// suites sharing the demo database are not affected. Screenshots of the main pages go to tests/artifacts.
// Needs JM_BASE_URL (the server serving the built client, demo loaded); skipped without it.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { baseUrl, desktopContext, launch, phoneContext, screenshot, watchErrors } from './browser.mjs';

const base = baseUrl();
const PASSWORD = process.env.JM_DEMO_PASSWORD ?? 'JointMeeting!2026';
const UNIT_NAME = '广州白云康宁医院';
const stamp = new Date().toISOString().replace(/\D/g, '').slice(4, 14);

async function signIn(page, username) {
  await page.goto(`${base}/login`, { waitUntil: 'domcontentloaded' });
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'), { timeout: 20_000 });
  await page.getByRole('heading', { level: 1 }).first().waitFor();
}

/** China wall-clock date and time of an instant: ['2026-11-22', '14:05']. */
function chinaClock(ms) {
  const s = new Date(ms + 8 * 3600_000).toISOString();
  return [s.slice(0, 10), s.slice(11, 16)];
}

/** Only real script failures count; a failed background request (hub reconnect) is not a page error. */
const pageErrors = (errors) => errors.filter((e) => e.startsWith('pageerror'));

describe('joint-meeting cycle', { skip: base ? false : 'JM_BASE_URL is not set' }, () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  it('a unit contact offers a resource and claims a new need on a phone; the secretary sees it live, drafts a project from the match and confirms', async () => {
    const title = `E2E楼道照明改造-${stamp}`;
    const desk = await desktopContext(browser);
    const secretary = await desk.newPage();
    const secretaryErrors = watchErrors(secretary);
    await signIn(secretary, 'demo-community');

    // The secretary posts the need.
    await secretary.goto(`${base}/needs`);
    await secretary.getByRole('heading', { level: 1, name: '需求清单' }).waitFor();
    await secretary.getByRole('button', { name: '发布需求' }).first().click();
    const form = secretary.getByRole('dialog', { name: '发布需求' });
    await form.getByLabel('需求名称').fill(title);
    await form.getByLabel('类别').selectOption({ label: '基础设施' });
    await form.getByLabel('紧急程度').selectOption({ label: '高' });
    await form.getByLabel('需求描述').fill('金碧新城3栋、5栋楼道照明损坏，老人夜间上下楼不便，涉及住户约60户。');
    await form.getByLabel('地点').fill('金碧新城3栋、5栋');
    await form.getByLabel('需要什么支持').fill('电工2名、LED灯具30套');
    await form.getByLabel('需要数量').fill('30');
    await form.getByRole('button', { name: '发布需求' }).click();
    const secretaryCard = secretary.locator('article', { hasText: title });
    await secretaryCard.waitFor();
    assert.match(await secretaryCard.innerText(), /待认领/);

    // The unit contact, on a phone, offers a service the need can use, then claims the need.
    const phone = await phoneContext(browser);
    const unit = await phone.newPage();
    const unitErrors = watchErrors(unit);
    await signIn(unit, 'demo-unit');
    const resourceTitle = `E2E电工维修服务-${stamp}`;
    await unit.goto(`${base}/resources`);
    await unit.getByRole('heading', { level: 1, name: '资源清单' }).waitFor();
    await unit.getByRole('button', { name: '提供资源' }).first().click();
    const offer = unit.getByRole('dialog', { name: '提供资源' });
    await offer.getByLabel('资源名称').fill(resourceTitle);
    await offer.getByLabel('资源类别').selectOption({ label: '专业服务' });
    await offer.getByLabel('容量').fill('4');
    await offer.getByLabel('计量单位').fill('人次');
    await offer.getByLabel('地点').fill('金碧新城社区');
    await offer.getByLabel('说明').fill('医院后勤科电工，可承担楼道照明、线路检修。');
    await offer.getByRole('button', { name: '提供资源' }).click();
    await unit.locator('article', { hasText: resourceTitle }).waitFor();
    await screenshot(unit, 'cycle-resources-board-unit-phone');

    await unit.goto(`${base}/needs`);
    await unit.getByRole('heading', { level: 1, name: '需求清单' }).waitFor();
    const unitCard = unit.locator('article', { hasText: title });
    await unitCard.waitFor();
    await unitCard.getByRole('button', { name: '认领', exact: true }).click();
    const claim = unit.getByRole('dialog', { name: `认领需求：${title}` });
    await claim.getByLabel('认领说明').fill('本院后勤科派电工2名，两周内完成更换。');
    await claim.getByRole('button', { name: '提交认领' }).click();
    await unitCard.getByText('本单位已认领，等待确认').waitFor();
    const overflow = await unit.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the phone board scrolls sideways by ${overflow}px`);
    await screenshot(unit, 'cycle-needs-board-unit-phone');

    // The secretary's open board shows the claim without a reload.
    await secretaryCard.getByText(`${UNIT_NAME} 认领待确认`).waitFor({ timeout: 15_000 });
    await screenshot(secretary, 'cycle-needs-board-desktop');

    // The need's page ranks the street's resources with reasons; the secretary drafts a project from the match.
    await secretaryCard.getByRole('link', { name: '匹配建议' }).click();
    await secretary.getByRole('heading', { level: 1, name: title }).waitFor();
    const match = secretary.locator('li.jm-match', { hasText: resourceTitle });
    await match.waitFor({ timeout: 15_000 });
    await secretary.evaluate(() => window.scrollTo(0, 0));
    await screenshot(secretary, 'cycle-need-match-suggestions');
    await match.getByRole('button', { name: '据此拟定项目' }).click();
    await secretary.getByRole('dialog', { name: '由匹配拟定项目' }).getByRole('button', { name: '据此拟定项目' }).click();
    await secretary.getByRole('heading', { level: 1, name: '项目清单' }).waitFor();
    await secretary.locator('article', { hasText: title }).getByText('草稿').waitFor();
    await screenshot(secretary, 'cycle-projects-board');

    // Back on the board, the secretary confirms; the unit's page follows live.
    await secretary.goto(`${base}/needs`);
    const card = secretary.locator('article', { hasText: title });
    await card.getByRole('button', { name: '确认认领' }).click();
    await card.getByText('已认领', { exact: true }).waitFor();
    await unitCard.getByText('本单位已认领（已确认）').waitFor({ timeout: 15_000 });

    // Resources, projects and agreements of the community, for the record.
    for (const [path, heading, shot] of [
      ['/resources', '资源清单', 'cycle-resources-board'],
      ['/agreements', '共建协议', 'cycle-agreements'],
      ['/', '', 'cycle-home-secretary'],
    ]) {
      await secretary.goto(`${base}${path}`);
      if (heading) {
        await secretary.getByRole('heading', { level: 1, name: heading }).waitFor();
        await secretary.locator('.jm-board-grid, .jm-state').first().waitFor();
      } else await secretary.getByRole('heading', { level: 1 }).first().waitFor();
      await secretary.waitForTimeout(500);
      await screenshot(secretary, shot);
    }

    assert.deepEqual(pageErrors(secretaryErrors), []);
    assert.deepEqual(pageErrors(unitErrors), []);
    await desk.close();
    await phone.close();
  });

  it('the street secretary calls a meeting, signs members in, records a decision and minutes; the action item reaches the supervision board', async () => {
    const meetingTitle = `E2E联席会议-${stamp}`;
    const itemTitle = `E2E议题：康宁医院健康服务进社区-${stamp}`;
    const actionTitle = `E2E督办：每月一次健康义诊-${stamp}`;
    const minutes = `一、会议基本情况\n${meetingTitle}，委员到会签到。\n二、议定事项\n同意康宁医院每月开展一次健康义诊。`;

    const desk = await desktopContext(browser);
    const street = await desk.newPage();
    const streetErrors = watchErrors(street);
    await signIn(street, 'demo-street');
    await street.goto(`${base}/meetings`);
    await street.getByRole('heading', { level: 1, name: '会议日历' }).waitFor();
    await street.locator('.jm-calendar, .jm-state').first().waitFor();
    await screenshot(street, 'cycle-meetings-calendar');

    // Call the meeting to start in two minutes (decisions and minutes belong to a meeting that has begun).
    const startMs = Math.ceil((Date.now() + 120_000) / 60_000) * 60_000;
    const [date, start] = chinaClock(startMs);
    // Short, so a rerun soon after does not overlap this committee's previous test meeting.
    const [, end] = chinaClock(startMs + 2 * 60_000);
    await street.getByRole('button', { name: '召集会议' }).click();
    const form = street.getByRole('dialog', { name: '召集联席会议' });
    const committee = form.getByLabel('联席会议');
    const options = await committee.locator('option').allInnerTexts();
    const dgw = options.find((o) => o.includes('大工委')) ?? options.find((o) => o.trim() && o !== '请选择');
    assert.ok(dgw, `a committee to call (options: ${options.join(' / ')})`);
    await committee.selectOption({ label: dgw });
    await form.getByLabel('会议名称').fill(meetingTitle);
    await form.getByLabel('日期').fill(date);
    await form.getByLabel('开始时间').fill(start);
    await form.getByLabel('结束时间').fill(end);
    await form.getByLabel('地点').fill('石井街道办事处三楼会议室');
    await form.getByRole('button', { name: '召集会议' }).click();
    const called = street.getByRole('heading', { level: 1, name: meetingTitle });
    await called.or(form.locator('.jm-alert--error, .jm-field__error').first()).waitFor({ timeout: 20_000 });
    if (!(await called.isVisible())) assert.fail(`calling the meeting failed: ${await form.locator('.jm-alert--error, .jm-field__error').allInnerTexts()}`);
    const meetingUrl = street.url();
    assert.match(meetingUrl, /\/meetings\/[^/]+$/);

    // An agenda item before the meeting starts.
    await street.getByRole('button', { name: '增加议题' }).click();
    const add = street.getByRole('dialog', { name: '增加议题' });
    await add.getByLabel('议题').fill(itemTitle);
    await add.getByLabel('说明').fill('康宁医院提出在金碧新城社区开展常态化健康服务。');
    await add.getByRole('button', { name: '增加议题' }).click();
    const item = street.locator('li.jm-agenda__item', { hasText: itemTitle });
    await item.waitFor();

    // The unit contact (a part-time member of the street committee) watches the meeting page.
    const phone = await phoneContext(browser);
    const unit = await phone.newPage();
    const unitErrors = watchErrors(unit);
    await signIn(unit, 'demo-unit');
    await unit.goto(meetingUrl);
    await unit.getByRole('heading', { level: 1, name: meetingTitle }).waitFor();

    // Attendance: the organiser signs two members in (allowed from 30 minutes before the start).
    const signInButtons = street.getByRole('button', { name: /^代签 / });
    await signInButtons.first().waitFor();
    const before = await signInButtons.count();
    assert.ok(before >= 2, `members to sign in (found ${before})`);
    await signInButtons.first().click();
    await street.getByText(/^\d{2}:\d{2} 签到$/).first().waitFor();
    await street.waitForFunction((n) => document.querySelectorAll('button[aria-label^="代签 "]').length === n, before - 1);
    await street.getByRole('button', { name: /^代签 / }).first().click();
    await street.waitForFunction((n) => document.querySelectorAll('button[aria-label^="代签 "]').length === n, before - 2);
    await street.getByText(/已签到 2 人/).waitFor();

    // Wait for the start, then record the decision.
    await street.waitForTimeout(Math.max(0, startMs - Date.now() + 2_000));
    await street.reload();
    await street.getByText(/^(进行中|已召开)$/).first().waitFor({ timeout: 30_000 });
    await item.getByRole('button', { name: '记录决定' }).click();
    const decide = street.getByRole('dialog', { name: '记录议定事项' });
    await decide.getByLabel('通过', { exact: true }).check();
    await decide.getByLabel('议定内容').fill('同意。由康宁医院牵头，每月在社区开展一次健康义诊。');
    await decide.getByRole('button', { name: '记录决定' }).click();
    await item.getByText('决定：通过').waitFor();

    // The decision becomes an action item owned by the unit.
    await item.getByRole('button', { name: '生成督办事项' }).click();
    const create = street.getByRole('dialog', { name: '生成督办事项' });
    await create.getByLabel('督办事项').fill(actionTitle);
    await create.getByLabel('责任方').selectOption({ label: '责任单位' });
    const owners = await create.getByLabel('责任单位').locator('option').allInnerTexts();
    await create.getByLabel('责任单位').selectOption({ label: owners.find((o) => o.includes('康宁')) ?? owners.find((o) => o !== '请选择') });
    await create.getByRole('button', { name: '生成督办事项' }).click();
    await item.getByRole('link', { name: actionTitle }).waitFor();

    // Minutes: the organiser saves a draft; the watching unit contact sees it without reloading.
    await street.getByLabel('纪要正文').fill(minutes);
    await street.getByRole('button', { name: '保存草稿' }).click();
    await street.getByText('纪要草稿', { exact: true }).first().waitFor();
    await unit.getByTestId('minutes-text').getByText('同意康宁医院每月开展一次健康义诊').waitFor({ timeout: 20_000 });
    await screenshot(unit, 'cycle-meeting-minutes-live-phone');
    await street.evaluate(() => window.scrollTo(0, 0));
    await street.waitForTimeout(4500); // let the toasts go
    await screenshot(street, 'cycle-meeting-page');

    // Per-unit attendance lists the unit.
    await street.locator('.jm-card', { hasText: '各单位出勤' }).getByText(UNIT_NAME).waitFor();

    // The action item is on the street's supervision board, and on the unit's own.
    await street.goto(`${base}/supervision`);
    await street.getByRole('heading', { level: 1, name: '督办台账' }).waitFor();
    await street.getByRole('heading', { name: actionTitle }).waitFor({ timeout: 20_000 });
    await screenshot(street, 'cycle-supervision-board');
    await unit.goto(`${base}/supervision`);
    await unit.getByRole('heading', { name: actionTitle }).waitFor({ timeout: 20_000 });
    await screenshot(unit, 'cycle-supervision-board-unit-phone');

    // Figures of the street committee and a unit scorecard.
    await street.goto(`${base}/figures`);
    await street.getByRole('heading', { level: 1, name: '周期指标' }).waitFor();
    await street.locator('.jm-chart svg, .jm-state').first().waitFor({ timeout: 20_000 });
    await street.waitForTimeout(800);
    await screenshot(street, 'cycle-figures');
    const scorecardLink = street.getByRole('link', { name: '考核卡' }).first();
    if (await scorecardLink.count()) {
      await scorecardLink.click();
      await street.getByText('跨会议周期累计').waitFor();
      await street.waitForTimeout(800);
      await screenshot(street, 'cycle-unit-scorecard');
    }
    await unit.goto(`${base}/scorecard`);
    await unit.getByRole('heading', { level: 1, name: /考核卡/ }).waitFor();
    await screenshot(unit, 'cycle-unit-scorecard-phone');

    assert.deepEqual(pageErrors(streetErrors), []);
    assert.deepEqual(pageErrors(unitErrors), []);
    await desk.close();
    await phone.close();
  });
});
