// `npm start` runs this through server/cli/run.mjs: the server from a prebuilt esbuild bundle (rebuilt whenever a
// source is newer), so a warm start does not compile TypeScript through tsx first (≈1–2 s; decision 039).
// `node --import tsx server/main.ts` still works and runs the same code.
import "../main";
