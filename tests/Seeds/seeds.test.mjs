// The demo seeds (seeds/README.md): consistent whatever the load moment, and as rich as the demo needs.
// Runs without the server: node --test tests/Seeds/seeds.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check, readDomain, loadSeeds, resolveTime, sweepMoments, periodKey } from '../../seeds/check.mjs';

const domain = readDomain();
const seeds = loadSeeds();
const now = Date.now();
const { problems, stats } = check({ now, domain, seeds });
const at = (iso) => Date.parse(iso);

test('the checker reports no problems for a load now', () => {
  assert.deepEqual(problems, []);
});

test('the relative times hold for a load on any day of a year, at any hour', () => {
  const failures = [];
  for (const moment of sweepMoments(now)) {
    const r = check({ now: moment, domain, seeds });
    if (r.problems.length) failures.push(`${new Date(moment).toISOString()}: ${r.problems.slice(0, 3).join(' | ')}`);
  }
  assert.deepEqual(failures.slice(0, 5), []);
});

test('the grammar of relative times', () => {
  const n = at('2026-05-20T12:00:00+08:00');   // a Wednesday, China time
  const local = expr => new Date(resolveTime(expr, n).ms + 8 * 3600e3).toISOString().slice(0, 16);
  assert.equal(local('now'), '2026-05-20T12:00');
  assert.equal(local('-45d'), '2026-04-05T12:00');
  assert.equal(local('+3d 14:30'), '2026-05-23T14:30');
  assert.equal(local('-1q'), '2026-01-01T00:00');
  assert.equal(local('+0q'), '2026-04-01T00:00');
  assert.equal(local('-1q+45d wd 09:30'), '2026-02-16T09:30');   // 15 Feb is a Sunday → Monday
  assert.equal(local('-2mo+12d'), '2026-03-13T00:00');
  assert.equal(local('-6d+2h'), '2026-05-14T14:00');
  assert.equal(local('-1d 09:00-30min'), '2026-05-19T08:30');
  assert.equal(resolveTime('+10d', n, { asDate: true }).date, '2026-05-30');
  assert.equal(local('-3d wd'), '2026-05-18T12:00');              // Sunday 17 May → Monday, clock kept
  for (const bad of ['', '-1x', '1d', '14:30 -1d', '+3d 25:00', 'wd -3d', '-1q-1mo']) assert.throws(() => resolveTime(bad, n), undefined, bad);
  assert.throws(() => resolveTime('+3d 14:30', n, { asDate: true }));
  assert.equal(periodKey('Quarterly', '2026-05-20'), '2026-Q2');
  assert.equal(periodKey('Monthly', '2026-05-20'), '2026-05');
});

test('the checker reads the domain vocabulary from the C# sources', () => {
  assert.ok(domain.enums.UnitKind.includes('Hospital'));
  assert.ok(domain.enums.WishStatus.includes('Cancelled'));
  assert.ok(domain.commands.has('ClaimWish') && domain.commands.has('CreateActionItem'));
  assert.ok(domain.categoryLabels.has('助老') && domain.categoryLabels.has('环境整治'));
});

test('organisations: 12 communities and 5 economic cooperatives in the demo street, grids and buildings', () => {
  assert.equal(stats.communitiesOfDemoStreet, 12);
  assert.equal(stats.cooperativesOfDemoStreet, 5);
  const withGrids = Object.values(stats.gridsPerCommunity).filter(n => n >= 2 && n <= 3).length;
  assert.ok(withGrids >= 3, `2–3 grids in at least 3 communities (got ${JSON.stringify(stats.gridsPerCommunity)})`);
  assert.ok(stats.buildings >= 7);
  assert.ok(stats.organisations >= 35 && stats.organisations <= 70, `modest volume (${stats.organisations})`);
});

test('resident units: every kind, most reported, one pending, one rejected', () => {
  assert.deepEqual([...stats.unitKinds].sort(), [...domain.enums.UnitKind].sort());
  assert.ok(stats.units >= 16);
  assert.equal(stats.unitReports.Pending, 1);
  assert.equal(stats.unitReports.Rejected, 1);
  assert.ok(stats.unitReports.Approved >= stats.units - 2);
});

test('committees: a quarterly street 大工委 and a monthly community 联合党委 with part-time members', () => {
  const street = stats.committees.find(c => c.level === 'Street');
  const community = stats.committees.find(c => c.level === 'Community');
  assert.equal(street?.cadence, 'Quarterly');
  assert.equal(community?.cadence, 'Monthly');
  assert.ok(street.partTime >= 3 && community.partTime >= 3);
  assert.ok(street.standing >= 1 && community.standing >= 1);
});

test('accounts: the API.md demo logins (the checker verifies their roles and reporting) and the rest', () => {
  const accounts = seeds.find(f => f.file === 'Accounts/accounts.json').records;
  const logins = accounts.map(a => a.login);
  for (const l of ['demo-admin', 'demo-street', 'demo-community', 'demo-unit', 'demo-member', ...[2, 3, 4, 5, 6, 7, 8, 9].map(i => `demo-member${i}`)])
    assert.ok(logins.includes(l), l);
  assert.ok(stats.accounts >= 35 && stats.accounts <= 50, `about 40 accounts (${stats.accounts})`);
  assert.ok(stats.memberReports.Pending >= 2, 'a handful of members with pending reports');
  assert.ok(accounts.every(a => a.password === undefined && a.passwordHash === undefined), 'no passwords in the files');
  const text = JSON.stringify(seeds);
  assert.ok(!/JointMeeting!2026/.test(text));
});

test('micro-wishes: every state, values under ¥200 unless rejected, one claim about to fall due', () => {
  for (const s of domain.enums.WishStatus) assert.ok(stats.wishStates[s] >= 1, `a wish ${s}`);
  assert.ok(stats.wishes >= 25 && stats.wishes <= 40);
  assert.ok(stats.wishMaxValueNotRejected < 200);
  assert.ok(stats.wishDueWithinDays > 0 && stats.wishDueWithinDays <= 2, `a claim due within two days (${stats.wishDueWithinDays})`);
});

test('volunteer posts: about 8, with claimed slots and recorded hours', () => {
  assert.ok(stats.posts >= 6 && stats.posts <= 12);
  assert.ok(stats.postSlotsClaimed >= 10);
  assert.ok(stats.postCheckOuts >= 3);
});

test('needs, resources, projects, claims and agreements', () => {
  assert.ok(stats.needs >= 12 && stats.needs <= 20);
  assert.ok(stats.needCategories.length >= 6);
  assert.deepEqual([...stats.needUrgencies].sort(), [...domain.enums.Urgency].sort());
  assert.ok(stats.resources >= 12 && stats.resources <= 20);
  assert.deepEqual([...stats.resourceKinds].sort(), [...domain.enums.ResourceKind].sort());
  assert.ok(stats.projects >= 6 && stats.projects <= 12);
  for (const s of ['Confirmed', 'Pending', 'Declined']) assert.ok(stats.claimStates.project[s] >= 1 || stats.claimStates.need[s] >= 1, `a unit claim ${s}`);
  assert.ok(stats.claimStates.project.Confirmed >= 1 && stats.claimStates.project.Pending >= 1 && stats.claimStates.project.Declined >= 1);
  assert.ok(Object.values(stats.claimStates.resource).reduce((a, b) => a + b, 0) >= 5, 'community claims on resources');
  assert.ok(stats.agreementStates.Effective >= 2, 'agreements signed by both sides');
  assert.equal(stats.agreementStates.Draft, 1, 'one draft agreement');
});

test('meetings: two complete past street cycles and one upcoming; community monthly cycles', () => {
  const of = c => stats.meetings.filter(m => m.committee === c);
  const street = of('committee:shijing-dgw'), community = of('committee:jinbi-lhdw');
  assert.ok(street.filter(m => m.past && m.complete).length >= 2);
  assert.equal(street.filter(m => m.upcoming).length, 1);
  assert.ok(street.some(m => m.leaves >= 1), 'leave requests');
  assert.ok(community.filter(m => m.past && m.complete).length >= 2);
  assert.ok(community.filter(m => m.upcoming).length >= 1);
});

test('action items: some done, one late, one carried over', () => {
  assert.ok(stats.actionStates.Completed >= 2, JSON.stringify(stats.actionStates));
  assert.ok((stats.actionStates.CompletedLate ?? 0) + (stats.actionStates.Overdue ?? 0) >= 1);
  assert.ok(stats.actionStates.Overdue >= 1, 'one open item past its due date');
  assert.ok(stats.actionCarriedOver >= 1);
  assert.ok(stats.actionReviews.Done >= 1 && stats.actionReviews.Late >= 1);
});
