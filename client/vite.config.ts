/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The API and the SignalR hub run in the .NET server (API.md: PORT, default 5080).
const serverPort = process.env.PORT ?? '5080';
const server = `http://localhost:${serverPort}`;

export default defineConfig({
  base: '/',
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    port: Number(process.env.CLIENT_PORT ?? 5173),
    proxy: {
      // ws: GraphQL subscriptions (graphql-transport-ws) and SignalR both upgrade to WebSocket.
      '/graphql': { target: server, ws: true },
      '/hubs': { target: server, ws: true },
      '/health': { target: server },
      // Photo uploads (POST /uploads/photos) and CSV / printable exports are plain HTTP on the server.
      '/uploads': { target: server },
      '/exports': { target: server },
      // CSV imports: the raw file (POST /imports/uploads) before importMembers/importUnits/importOrganisations.
      '/imports': { target: server },
    },
  },
  preview: {
    port: Number(process.env.CLIENT_PORT ?? 4173),
  },
  build: {
    outDir: 'dist',
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 800,
    rollupOptions: {
      output: {
        // Keep the framework in its own long-cached chunk; echarts is split by its dynamic import.
        manualChunks(id: string) {
          if (/node_modules\/(react|react-dom|scheduler|react-router)\//.test(id)) return 'react';
          if (/node_modules\/(@urql|urql|wonka|graphql)\//.test(id)) return 'graphql';
          if (/node_modules\/@microsoft\/signalr\//.test(id)) return 'signalr';
          return undefined;
        },
      },
    },
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.mjs'],
    // Dates in tests are asserted in Asia/Shanghai regardless of the machine's zone;
    // a different TZ here proves the formatter does not lean on the local zone.
    env: { TZ: 'America/New_York' },
  },
});
