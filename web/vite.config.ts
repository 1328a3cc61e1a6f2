/**
 * The two web applications: the citizen portal (ПЭП) at / and the staff console at /console/.
 * One Vite build, two HTML entries; both call the API on the same origin (/v1/...): `npm start`
 * serves them from its own port, CloudFront serves them from S3 with /v1/* routed to the API.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  root: here('.'),
  base: '/',
  plugins: [react()],
  build: {
    outDir: here('./dist'),
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      input: { portal: here('./index.html'), console: here('./console/index.html') },
    },
  },
  server: {
    // `npm run web:dev` proxies the API of a running `npm start`.
    proxy: { '/v1': process.env.API_URL ?? 'http://127.0.0.1:3000', '/openapi.json': process.env.API_URL ?? 'http://127.0.0.1:3000' },
  },
});
