// Vite config for the Remix app build; vitest uses vitest.config.ts and never loads the Remix plugin.
import { vitePlugin as remix } from '@remix-run/dev';
import { defineConfig } from 'vite';

declare module '@remix-run/node' {
  interface Future {
    v3_singleFetch: true;
  }
}

export default defineConfig({
  server: { port: 3000 },
  // Vite's dev server scans every route for dependencies to pre-bundle for the browser, the
  // `.server` modules they import included (the Remix plugin strips those from the browser build
  // only). @node-rs/argon2 is native, server-only: pre-bundled for the browser, it resolves to its
  // `browser` entry, which imports an optional WebAssembly build that is not installed, and every
  // pre-bundling of the run fails ("Could not resolve @node-rs/argon2-wasm32-wasi"), leaving the
  // browser without its pre-bundled dependencies. The server loads it from node_modules as is.
  optimizeDeps: { exclude: ['@node-rs/argon2'] },
  plugins: [
    remix({
      future: {
        v3_fetcherPersist: true,
        v3_relativeSplatPath: true,
        v3_throwAbortReason: true,
        v3_singleFetch: true,
        v3_lazyRouteDiscovery: true,
        v3_routeConfig: true,
      },
    }),
  ],
});
