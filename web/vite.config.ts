import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// `npm run dev -w @sp0t1fy/web` proxies the API to a gateway started with `npm start`.
const gateway = 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // The playground's editor (Monaco) is one large chunk, loaded only on /playground.
    chunkSizeWarningLimit: 4096,
    rolldownOptions: {
      onwarn(warning, warn) {
        // GraphiQL ships React Compiler directives that bundling drops harmlessly.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  server: { proxy: { '/graphql': gateway, '/media': gateway } },
});
