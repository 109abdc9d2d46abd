// @ts-check
import { defineConfig } from 'astro/config';
import svelte from '@astrojs/svelte';

export default defineConfig({
  output: 'static',
  integrations: [svelte()],
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  vite: {
    build: {
      rolldownOptions: {
        // Building a zod schema has no side effects: one the browser code never uses (kept for
        // types and tests, e.g. the study comparison's) is dropped instead of built at page load.
        // eslint.config.js forbids a `z.…()` call whose result is thrown away, which this would drop.
        treeshake: { manualPureFunctions: ['z'] },
      },
    },
  },
});
