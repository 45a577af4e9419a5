// Runs a TypeScript script (scripts/*.ts) through Vite's module runner, since Node 20 cannot run
// TypeScript itself. The script exports `main(args)`, which returns the process exit code.
import path from 'node:path';
import { runnerImport } from 'vite';

const [file, ...args] = process.argv.slice(2);
if (!file) {
  console.error('usage: node scripts/run.mjs scripts/<name>.ts [args…]');
  process.exit(2);
}
const { module } = await runnerImport(path.resolve(file), { configFile: false, logLevel: 'error' });
process.exitCode = (await module.main(args)) ?? 0;
