import { BrowserRouter, Route, Routes } from 'react-router';
import { Provider as GraphQLProvider } from 'urql';
import { graphqlClient } from '@/api/client';
import LoginPage from '@/features/Accounts/LoginPage';
import { SessionProvider } from '@/features/Accounts/session';
import { ToastProvider } from '@/ui';
import { AppShell } from './AppShell';
import { PageRoute, RequireAuth } from './guards';
import NotFoundPage from './NotFoundPage';
import { PAGES } from './pages';

export function App() {
  return (
    <GraphQLProvider value={graphqlClient}>
      <ToastProvider>
        <SessionProvider>
          <BrowserRouter>
            <Routes>
              <Route path="/login" element={<LoginPage />} />
              <Route
                element={
                  <RequireAuth>
                    <AppShell />
                  </RequireAuth>
                }
              >
                {PAGES.map((page) =>
                  page.path === '/' ? (
                    <Route key={page.key} index element={<PageRoute page={page} />} />
                  ) : (
                    <Route key={page.key} path={page.path} element={<PageRoute page={page} />} />
                  ),
                )}
                <Route path="*" element={<NotFoundPage />} />
              </Route>
            </Routes>
          </BrowserRouter>
        </SessionProvider>
      </ToastProvider>
    </GraphQLProvider>
  );
}
