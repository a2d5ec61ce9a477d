// One SignalR connection per tab, shared by every page that listens (see useLive).
// Contract with the server's hub at /hubs/live:
//   client → server  Join(groups: string[]), Leave(groups: string[])
//   server → client  "changed" with a LiveNotice, sent only after the change committed
// Groups are scoped names the server authorises on Join: org:{id}, meeting:{id}, person:{id} …

export interface LiveNotice {
  /** The group the notice was sent to; 'reconnected' notices carry '*'. */
  group: string;
  /** What changed, e.g. 'Wish', 'Meeting'; 'reconnected' after a gap in which notices may have been missed. */
  kind: string;
  id?: string;
  version?: number;
}

export type LiveStatus = 'idle' | 'connecting' | 'connected' | 'reconnecting' | 'disconnected';

/** The part of @microsoft/signalr's HubConnection this module uses (a fake implements it in tests). */
export interface HubLike {
  start(): Promise<void>;
  stop(): Promise<void>;
  invoke(method: string, ...args: unknown[]): Promise<unknown>;
  on(method: string, handler: (...args: any[]) => void): void;
  onreconnecting(cb: (error?: Error) => void): void;
  onreconnected(cb: (connectionId?: string) => void): void;
  onclose(cb: (error?: Error) => void): void;
}

type Listener = { groups: ReadonlySet<string>; notify: (n: LiveNotice) => void };

export const RECONNECTED: LiveNotice = { group: '*', kind: 'reconnected' };

export class LiveHub {
  private connection: HubLike | undefined;
  private readonly counts = new Map<string, number>();
  private readonly listeners = new Set<Listener>();
  private readonly statusListeners = new Set<(s: LiveStatus) => void>();
  private status: LiveStatus = 'idle';
  private enabled = false;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private retryDelay = 0;

  constructor(
    private readonly factory: () => HubLike,
    private readonly timers: { set: typeof setTimeout; clear: typeof clearTimeout } = { set: setTimeout, clear: clearTimeout },
    /** Backoff after the automatic reconnect gives up: doubles up to the cap. */
    private readonly retry = { first: 5_000, max: 60_000 },
  ) {}

  getStatus(): LiveStatus {
    return this.status;
  }

  onStatus(fn: (s: LiveStatus) => void): () => void {
    this.statusListeners.add(fn);
    return () => this.statusListeners.delete(fn);
  }

  /** Connect only while someone is signed in (the hub authenticates with the session cookie). */
  setEnabled(enabled: boolean): void {
    if (this.enabled === enabled) return;
    this.enabled = enabled;
    if (enabled) {
      if (this.counts.size > 0) void this.start();
    } else {
      this.clearRetry();
      const c = this.connection;
      this.connection = undefined;
      this.setStatus('idle');
      void c?.stop().catch(() => {});
    }
  }

  /** Listen to groups; returns the unsubscribe function. */
  subscribe(groups: readonly string[], notify: (n: LiveNotice) => void): () => void {
    const listener: Listener = { groups: new Set(groups), notify };
    this.listeners.add(listener);
    const added: string[] = [];
    for (const g of listener.groups) {
      const n = this.counts.get(g) ?? 0;
      this.counts.set(g, n + 1);
      if (n === 0) added.push(g);
    }
    if (this.status === 'connected' && added.length) this.send('Join', added);
    else if (this.enabled && this.status === 'idle') void this.start();

    return () => {
      if (!this.listeners.delete(listener)) return;
      const removed: string[] = [];
      for (const g of listener.groups) {
        const n = (this.counts.get(g) ?? 1) - 1;
        if (n <= 0) {
          this.counts.delete(g);
          removed.push(g);
        } else this.counts.set(g, n);
      }
      if (this.status === 'connected' && removed.length) this.send('Leave', removed);
    };
  }

  /** Try at once (e.g. the tab became visible again while disconnected). */
  retryNow(): void {
    if (this.enabled && this.status === 'disconnected') {
      this.clearRetry();
      void this.start(true);
    }
  }

  private groups(): string[] {
    return [...this.counts.keys()];
  }

  private send(method: 'Join' | 'Leave', groups: string[]): void {
    // A refused Join (not authorised for that group) must not break the page; the page still works by refetching.
    this.connection?.invoke(method, groups).catch(() => {});
  }

  private dispatch(notice: LiveNotice): void {
    for (const l of [...this.listeners]) {
      if (notice.group === '*' || l.groups.has(notice.group)) l.notify(notice);
    }
  }

  private setStatus(s: LiveStatus): void {
    if (this.status === s) return;
    this.status = s;
    for (const fn of [...this.statusListeners]) fn(s);
  }

  private clearRetry(): void {
    if (this.retryTimer !== undefined) this.timers.clear(this.retryTimer);
    this.retryTimer = undefined;
  }

  private connect(): HubLike {
    const c = this.factory();
    c.on('changed', (notice: LiveNotice) => {
      if (notice && typeof notice.group === 'string') this.dispatch(notice);
    });
    c.onreconnecting(() => {
      if (this.connection === c) this.setStatus('reconnecting');
    });
    c.onreconnected(() => {
      if (this.connection !== c) return;
      // A new connection id has no groups: join again, then let pages catch up on what they missed.
      this.setStatus('connected');
      if (this.counts.size) this.send('Join', this.groups());
      this.dispatch(RECONNECTED);
    });
    c.onclose(() => {
      if (this.connection !== c || !this.enabled) return;
      this.setStatus('disconnected');
      this.scheduleRetry();
    });
    return c;
  }

  private async start(isRetry = false): Promise<void> {
    if (!this.enabled) return;
    this.connection ??= this.connect();
    const c = this.connection;
    this.setStatus(isRetry ? 'reconnecting' : 'connecting');
    try {
      await c.start();
    } catch {
      if (this.connection !== c) return;
      this.setStatus('disconnected');
      this.scheduleRetry();
      return;
    }
    if (this.connection !== c) return;
    this.retryDelay = 0;
    this.setStatus('connected');
    if (this.counts.size) this.send('Join', this.groups());
    if (isRetry) this.dispatch(RECONNECTED);
  }

  private scheduleRetry(): void {
    this.clearRetry();
    this.retryDelay = this.retryDelay ? Math.min(this.retryDelay * 2, this.retry.max) : this.retry.first;
    this.retryTimer = this.timers.set(() => {
      this.retryTimer = undefined;
      void this.start(true);
    }, this.retryDelay);
  }
}
