// The demo page's dev server: `npm start` drives it through Vite's JS API (with the intake server); `npx vite`
// serves the page alone. TypeScript goes through Oxc in Vite 8, which reads tsconfig.json: Lit's legacy
// decorators (`experimentalDecorators`) and `useDefineForClassFields: false` apply in `vite` and `vite build`
// alike, so no transform options are needed here.
import { fileURLToPath } from 'node:url';
import { defineConfig, type ProxyOptions } from 'vite';

/** Where the reference intake server listens; `npm start` sets it to the server it starts in-process. */
const intake = process.env.TB_INTAKE_URL;
const toIntake: ProxyOptions | undefined = intake ? { target: intake, changeOrigin: false, xfwd: true } : undefined;

export default defineConfig({
  root: '.',
  appType: 'mpa',
  server: {
    host: '127.0.0.1',
    // The page, its submit endpoint and the IT inbox share one origin: no CORS set-up in the demo.
    proxy: toIntake ? { '/api': toIntake, '/inbox': toIntake, '/inbox.css': toIntake } : undefined,
    fs: {
      // Vite serves the whole repo; never the SQLite file or the admin token in data/. (Vite's defaults, plus data/.)
      deny: [fileURLToPath(new URL('./data/**', import.meta.url)), '.env', '.env.*', '*.{crt,pem}', '**/.git/**']
    }
  },
  build: {
    // dist/ and cdn/ belong to scripts/build.mjs (the library); `vite build` only builds the demo page.
    outDir: 'demo-dist',
    emptyOutDir: true,
    target: 'es2022'
  }
});
