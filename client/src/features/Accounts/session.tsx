// Who is signed in, and as which of their roles they are acting right now.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useClient, useQuery } from 'urql';
import { setSessionLostHandler } from '@/api/client';
import { toAppError, type AppError } from '@/api/errors';
import { liveHub } from '@/live/connection';
import { chooseActing, grantKey, normaliseGrants, type RoleGrant } from '@/lib/roles';
import { LoginMutation, LogoutMutation, MeQuery } from './documents';

export interface Person {
  /** The account's id. */
  id: string;
  /** The person behind the account: what claims, points and the live group person:{id} name. */
  personId: string;
  username: string;
  displayName: string;
  grants: RoleGrant[];
  /** After an administrator reset the password: every page but 我的 waits until a new one is set. */
  mustChangePassword: boolean;
}

export type SessionState =
  | { status: 'loading' }
  | { status: 'signedOut'; expired: boolean }
  | { status: 'signedIn'; person: Person; acting: RoleGrant | undefined }
  | { status: 'unavailable'; error: AppError };

export interface Session {
  state: SessionState;
  /** Signs in; resolves with an error to show, or undefined on success. */
  login: (username: string, password: string) => Promise<AppError | undefined>;
  logout: () => Promise<void>;
  setActing: (grant: RoleGrant) => void;
  reload: () => void;
}

const SessionContext = createContext<Session | null>(null);
const actingKey = (personId: string) => `jm.acting.${personId}`;

function remembered(personId: string): string | null {
  try {
    return localStorage.getItem(actingKey(personId));
  } catch {
    return null;
  }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useClient();
  const [{ data, error, fetching }, reexecute] = useQuery({ query: MeQuery, requestPolicy: 'network-only' });
  const [expired, setExpired] = useState(false);
  const [actingKeyState, setActingKeyState] = useState<string | null>(null);

  const me = data?.me ?? null;
  const person = useMemo<Person | null>(
    () =>
      me
        ? {
            id: me.id,
            personId: me.personId,
            username: me.username,
            displayName: me.displayName,
            grants: normaliseGrants(me.roles),
            mustChangePassword: me.mustChangePassword,
          }
        : null,
    [me],
  );

  const state = useMemo<SessionState>(() => {
    if (person) {
      const acting = chooseActing(person.grants, actingKeyState ?? remembered(person.id));
      return { status: 'signedIn', person, acting };
    }
    if (fetching && !data && !error) return { status: 'loading' };
    if (error) {
      const mapped = toAppError(error);
      // UNAUTHENTICATED on `me` just means nobody is signed in.
      if (mapped.code !== 'UNAUTHENTICATED') return { status: 'unavailable', error: mapped };
    }
    if (!data && !error) return { status: 'loading' };
    return { status: 'signedOut', expired };
  }, [person, fetching, data, error, expired, actingKeyState]);

  const signedIn = state.status === 'signedIn';
  useEffect(() => liveHub.setEnabled(signedIn), [signedIn]);

  const refetchMe = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);

  useEffect(() => {
    setSessionLostHandler(() => {
      setExpired(true);
      refetchMe();
    });
    return () => setSessionLostHandler(() => {});
  }, [refetchMe]);

  const login = useCallback(
    async (username: string, password: string) => {
      const result = await client.mutation(LoginMutation, { input: { username, password } }).toPromise();
      if (result.error) return toAppError(result.error);
      setExpired(false);
      // The same operation as useQuery's above: its result reaches the provider before we resolve,
      // so the caller can navigate straight into a guarded page.
      const meResult = await client.query(MeQuery, {}, { requestPolicy: 'network-only' }).toPromise();
      if (meResult.error) return toAppError(meResult.error);
      return undefined;
    },
    [client],
  );

  const logout = useCallback(async () => {
    await client.mutation(LogoutMutation, {}).toPromise();
    liveHub.setEnabled(false);
    // A full load drops every cached query and subscription of the previous person.
    window.location.assign('/login?loggedOut=1');
  }, [client]);

  const setActing = useCallback(
    (grant: RoleGrant) => {
      const key = grantKey(grant);
      setActingKeyState(key);
      if (person) {
        try {
          localStorage.setItem(actingKey(person.id), key);
        } catch {
          // Private mode: the choice lasts for this tab only.
        }
      }
    },
    [person],
  );

  const session = useMemo<Session>(
    () => ({ state, login, logout, setActing, reload: refetchMe }),
    [state, login, logout, setActing, refetchMe],
  );
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}

/** For pages behind RequireAuth: the signed-in person and acting grant. */
export function useSignedIn(): { person: Person; acting: RoleGrant | undefined; setActing: (g: RoleGrant) => void } {
  const { state, setActing } = useSession();
  if (state.status !== 'signedIn') throw new Error('useSignedIn outside a signed-in route');
  return { person: state.person, acting: state.acting, setActing };
}
