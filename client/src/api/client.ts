// The one GraphQL client. Why urql: a single small package whose document cache already
// invalidates queries by __typename after a mutation, that speaks TypedDocumentNode from
// codegen's client preset, and whose `reexecuteQuery({ requestPolicy: 'network-only' })`
// is exactly what a live "changed" notice needs.
import { Client, cacheExchange, fetchExchange, mapExchange } from '@urql/core';
import { isSessionLost } from './errors';

export const GRAPHQL_PATH = '/graphql';

let onSessionLost: () => void = () => {};

/** The session provider registers what to do when any request finds the cookie gone. */
export function setSessionLostHandler(handler: () => void): void {
  onSessionLost = handler;
}

export function createGraphQLClient(url: string = GRAPHQL_PATH): Client {
  return new Client({
    url,
    // Always POST JSON: the server refuses form posts (CSRF), and one method keeps caching predictable.
    preferGetMethod: false,
    fetchOptions: () => ({
      credentials: 'include',
      headers: { accept: 'application/graphql-response+json, application/json' },
    }),
    requestPolicy: 'cache-and-network',
    exchanges: [
      cacheExchange,
      mapExchange({
        onError(error, operation) {
          // `me` answering UNAUTHENTICATED is just "not signed in"; elsewhere it means the session expired.
          const name = operation.query.definitions.find((d) => d.kind === 'OperationDefinition');
          const opName = name && 'name' in name ? name.name?.value : undefined;
          if (opName !== 'Me' && opName !== 'Login' && isSessionLost(error)) onSessionLost();
        },
      }),
      fetchExchange,
    ],
  });
}

export const graphqlClient = createGraphQLClient();
