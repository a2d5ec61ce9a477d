import { useEffect, useRef, useSyncExternalStore } from 'react';
import { liveHub } from './connection';
import type { LiveNotice, LiveStatus } from './hub';

export type { LiveNotice, LiveStatus } from './hub';

/**
 * Calls onNotice for every "changed" notice sent to one of the groups, and once with
 * kind 'reconnected' after the connection came back (notices may have been missed: refetch).
 */
export function useLive(groups: readonly string[], onNotice: (notice: LiveNotice) => void): void {
  const callback = useRef(onNotice);
  callback.current = onNotice;
  const key = [...groups].sort().join('\n');
  useEffect(() => {
    if (!key) return undefined;
    return liveHub.subscribe(key.split('\n'), (n) => callback.current(n));
  }, [key]);
}

/**
 * The common case: refetch some queries when anything in the groups changes.
 * Bursts of notices (a meeting with many agenda items) are coalesced into one refetch.
 *   const [result, reexecute] = useQuery({ query: WishesQuery, variables });
 *   useLiveRefetch([`org:${communityId}`], () => reexecute({ requestPolicy: 'network-only' }));
 */
export function useLiveRefetch(groups: readonly string[], refetch: () => void, delayMs = 300): void {
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  useLive(groups, () => {
    clearTimeout(timer.current);
    timer.current = setTimeout(refetch, delayMs);
  });
}

export function useLiveStatus(): LiveStatus {
  return useSyncExternalStore(
    (fn) => liveHub.onStatus(fn),
    () => liveHub.getStatus(),
    () => 'idle',
  );
}

/** Group names, so pages and the server spell them the same way. */
export const liveGroups = {
  organisation: (id: string) => `org:${id}`,
  committee: (id: string) => `committee:${id}`,
  meeting: (id: string) => `meeting:${id}`,
  person: (id: string) => `person:${id}`,
} as const;
