import { describe, expect, it, vi } from 'vitest';
import { LiveHub, type HubLike, type LiveNotice, type LiveStatus } from './hub';

class FakeConnection implements HubLike {
  calls: [string, unknown[]][] = [];
  handlers = new Map<string, (...args: any[]) => void>();
  reconnecting?: () => void;
  reconnected?: () => void;
  closed?: () => void;
  failStart = false;
  started = 0;
  stopped = 0;
  async start() {
    this.started++;
    if (this.failStart) throw new Error('refused');
  }
  async stop() {
    this.stopped++;
  }
  async invoke(method: string, ...args: unknown[]) {
    this.calls.push([method, args]);
  }
  on(method: string, handler: (...args: any[]) => void) {
    this.handlers.set(method, handler);
  }
  onreconnecting(cb: () => void) {
    this.reconnecting = cb;
  }
  onreconnected(cb: () => void) {
    this.reconnected = cb;
  }
  onclose(cb: () => void) {
    this.closed = cb;
  }
  push(n: LiveNotice) {
    this.handlers.get('changed')!(n);
  }
}

function setup() {
  const connections: FakeConnection[] = [];
  const timers: (() => void)[] = [];
  const hub = new LiveHub(
    () => {
      const c = new FakeConnection();
      connections.push(c);
      return c;
    },
    {
      set: ((fn: () => void) => {
        timers.push(fn);
        return timers.length as unknown as ReturnType<typeof setTimeout>;
      }) as unknown as typeof setTimeout,
      clear: (() => {}) as unknown as typeof clearTimeout,
    },
  );
  const statuses: LiveStatus[] = [];
  hub.onStatus((s) => statuses.push(s));
  return { hub, connections, timers, statuses };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('LiveHub', () => {
  it('does not connect until signed in, then joins the groups pages listen to', async () => {
    const { hub, connections } = setup();
    hub.subscribe(['org:1'], () => {});
    expect(connections).toHaveLength(0);
    hub.setEnabled(true);
    await flush();
    expect(connections).toHaveLength(1);
    expect(connections[0]!.calls).toEqual([['Join', [['org:1']]]]);
    expect(hub.getStatus()).toBe('connected');
  });

  it('joins a group once however many pages listen, and leaves when the last one stops', async () => {
    const { hub, connections } = setup();
    hub.setEnabled(true);
    const a = hub.subscribe(['meeting:7'], () => {});
    await flush();
    const b = hub.subscribe(['meeting:7', 'org:1'], () => {});
    const c = connections[0]!;
    expect(c.calls).toEqual([
      ['Join', [['meeting:7']]],
      ['Join', [['org:1']]],
    ]);
    a();
    expect(c.calls).toHaveLength(2);
    b();
    expect(c.calls.at(-1)).toEqual(['Leave', [['meeting:7', 'org:1']]]);
    b(); // a second call is harmless
    expect(c.calls).toHaveLength(3);
  });

  it('delivers a notice only to listeners of its group', async () => {
    const { hub, connections } = setup();
    hub.setEnabled(true);
    const org = vi.fn();
    const meeting = vi.fn();
    hub.subscribe(['org:1'], org);
    hub.subscribe(['meeting:7'], meeting);
    await flush();
    connections[0]!.push({ group: 'org:1', kind: 'Wish', id: 'w1', version: 3 });
    expect(org).toHaveBeenCalledWith({ group: 'org:1', kind: 'Wish', id: 'w1', version: 3 });
    expect(meeting).not.toHaveBeenCalled();
  });

  it('rejoins and tells every listener to refetch after an automatic reconnect', async () => {
    const { hub, connections, statuses } = setup();
    hub.setEnabled(true);
    const org = vi.fn();
    hub.subscribe(['org:1'], org);
    await flush();
    const c = connections[0]!;
    c.reconnecting!();
    expect(hub.getStatus()).toBe('reconnecting');
    c.reconnected!();
    expect(c.calls.at(-1)).toEqual(['Join', [['org:1']]]);
    expect(org).toHaveBeenCalledWith({ group: '*', kind: 'reconnected' });
    expect(statuses).toEqual(['connecting', 'connected', 'reconnecting', 'connected']);
  });

  it('keeps retrying with backoff after SignalR gives up, and catches up when back', async () => {
    const { hub, connections, timers } = setup();
    hub.setEnabled(true);
    const org = vi.fn();
    hub.subscribe(['org:1'], org);
    await flush();
    const c = connections[0]!;
    c.failStart = true;
    c.closed!();
    expect(hub.getStatus()).toBe('disconnected');
    timers.shift()!();
    await flush();
    expect(hub.getStatus()).toBe('disconnected');
    expect(timers).toHaveLength(1);
    c.failStart = false;
    timers.shift()!();
    await flush();
    expect(hub.getStatus()).toBe('connected');
    expect(org).toHaveBeenCalledWith({ group: '*', kind: 'reconnected' });
  });

  it('stops on sign-out and ignores the old connection afterwards', async () => {
    const { hub, connections } = setup();
    hub.setEnabled(true);
    const org = vi.fn();
    hub.subscribe(['org:1'], org);
    await flush();
    hub.setEnabled(false);
    expect(connections[0]!.stopped).toBe(1);
    expect(hub.getStatus()).toBe('idle');
    connections[0]!.closed!();
    expect(hub.getStatus()).toBe('idle');
  });

  it('does not throw when a notice is malformed', async () => {
    const { hub, connections } = setup();
    hub.setEnabled(true);
    hub.subscribe(['org:1'], () => {});
    await flush();
    expect(() => connections[0]!.handlers.get('changed')!(null)).not.toThrow();
  });
});
