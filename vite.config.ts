import { defineConfig } from "vite";

// The client lives in client/; `vite build` writes dist/client, which the Express server serves.
// In `npm run dev` Vite runs as middleware inside the same Express server (one port, HMR).
export default defineConfig({
  root: "client",
  publicDir: false,
  build: {
    outDir: "../dist/client",
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
  },
  worker: { format: "es" },
});
