// GraphiQL for the GraphQL endpoint this page is served from: queries and mutations over HTTP,
// subscriptions over WebSocket (graphql-transport-ws). Bundled from npm; nothing is fetched from a CDN.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { createClient } from 'graphql-ws';

// The server serves this page at its GraphQL path (e.g. /graphql), so that path is the endpoint.
const endpoint = new URL(location.pathname.replace(/\/+$/, '') || '/graphql', location.origin);
const socketUrl = endpoint.href.replace(/^http/, 'ws');

const fetcher = createGraphiQLFetcher({
  url: endpoint.href,
  // same-origin cookies ride along on both, so what you try here runs as the signed-in user
  wsClient: createClient({ url: socketUrl, lazy: true, retryAttempts: 3 }),
});

createRoot(document.getElementById('graphiql')).render(
  createElement(GraphiQL, { fetcher, defaultEditorToolsVisibility: true, shouldPersistHeaders: false }),
);
