import { HubConnectionBuilder, LogLevel } from '@microsoft/signalr';
import { LiveHub, type HubLike } from './hub';

export const HUB_PATH = '/hubs/live';

function createConnection(): HubLike {
  return new HubConnectionBuilder()
    .withUrl(HUB_PATH, { withCredentials: true })
    // SignalR retries these delays itself; after the last one LiveHub keeps retrying with backoff.
    .withAutomaticReconnect([0, 2_000, 5_000, 10_000, 20_000, 30_000])
    .configureLogging(import.meta.env.DEV ? LogLevel.Information : LogLevel.Warning)
    .build();
}

export const liveHub = new LiveHub(createConnection);

if (typeof document !== 'undefined') {
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') liveHub.retryNow();
  });
}
