import { defineConfig } from 'vite';

// Relative asset URLs: the server adds <base href="/graphql/"> to the page, wherever it mounts GraphQL.
export default defineConfig({
  base: './',
  logLevel: 'warn',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 8000,
    rollupOptions: {
      // GraphiQL's dependencies carry React "use client" directives, meaningless in a plain bundle.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  worker: { format: 'es' },
});
