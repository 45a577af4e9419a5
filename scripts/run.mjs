// Runs a TypeScript script (scripts/*.ts) through Vite's module runner, since Node 20 cannot run
// TypeScript itself. The script exports `main(args)`, which returns the process exit code.
import path from 'node:path';
import { runnerImport } from 'vite';

const [file, ...args] = process.argv.slice(2);
if (!file) {
  console.error('usage: node scripts/run.mjs scripts/<name>.ts [args…]');
  process.exit(2);
}
// The `@/` alias of vite.config.ts, for scripts that run app modules (scripts/bench-search.ts).
const { module } = await runnerImport(path.resolve(file), {
  configFile: false,
  logLevel: 'error',
  resolve: { alias: { '@': path.resolve(import.meta.dirname, '../src') } },
});
process.exitCode = (await module.main(args)) ?? 0;
