// Screenshots of the client's signed-in pages without the .NET server: /graphql is answered
// here with a made-up person, so the shell and role home can be looked at while the API is built.
//   cd client && npm run build && npx vite preview --port 4173 &
//   JM_BASE_URL=http://localhost:4173 node tests/e2e/tools/client-screenshots.mjs
// Not a test (it fakes the API); tests/e2e/*.test.mjs run against the real server.
import { baseUrl, desktopContext, launch, phoneContext, screenshot } from '../browser.mjs';

const base = baseUrl() ?? 'http://localhost:4173';
const me = {
  id: 'p1',
  personId: 'p1',
  username: 'demo-community',
  displayName: '王秀兰',
  roles: [
    { role: 'CommunitySecretary', scopeId: 'c1', scopeName: '幸福里社区', __typename: 'RoleGrant' },
    { role: 'Member', scopeId: 'c1', scopeName: '幸福里社区', __typename: 'RoleGrant' },
    { role: 'UnitContact', scopeId: 'u1', scopeName: '区人民医院党委', __typename: 'RoleGrant' },
  ],
  __typename: 'Me',
};

async function fakeApi(context) {
  await context.route('**/graphql', async (route) => {
    const body = route.request().postDataJSON() ?? {};
    const data =
      body.operationName === 'Me'
        ? { me }
        : body.operationName === 'Logout'
          ? { logout: { ok: true, __typename: 'LogoutPayload' } }
          : null;
    await route.fulfill({ json: data ? { data } : { errors: [{ message: 'not faked', extensions: { code: 'INTERNAL' } }] } });
  });
  // Leave the hub pending (the "connecting" state shows nothing), as on a normal start.
  await context.route('**/hubs/**', () => {});
}

const browser = await launch();
try {
  for (const [name, make] of [
    ['desktop', desktopContext],
    ['phone', phoneContext],
  ]) {
    const context = await make(browser);
    await fakeApi(context);
    const page = await context.newPage();
    await page.goto(`${base}/`, { waitUntil: 'domcontentloaded' });
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByText('暂无待审核事项').waitFor();
    const full = { fullPage: name === 'desktop' };
    console.log(await screenshot(page, `home-${name}`, full));
    await page.goto(`${base}/account`, { waitUntil: 'domcontentloaded' });
    await page.getByRole('heading', { name: '我的身份' }).waitFor();
    console.log(await screenshot(page, `account-${name}`, full));
    if (name === 'phone') {
      await page.getByRole('radio', { name: /在职党员/ }).check();
      await page.goto(`${base}/`, { waitUntil: 'domcontentloaded' });
      await page.getByText('近期没有即将到期的事项').waitFor();
      console.log(await screenshot(page, `home-member-${name}`, full));
    } else {
      await page.goto(`${base}/`, { waitUntil: 'domcontentloaded' });
      await page.getByText('暂无待审核事项').waitFor();
      await page.getByRole('button', { name: /当前身份/ }).click();
      await page.getByRole('dialog').waitFor();
      console.log(await screenshot(page, `role-switcher-${name}`, { fullPage: false }));
    }
    await context.close();
  }
} finally {
  await browser.close();
}
