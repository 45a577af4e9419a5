import { createServer } from 'node:net';
import { preview } from 'vite';

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });

/** Serves a production build on 127.0.0.1 with Vite's preview server (SPA fallback included). */
export async function serveBuild(options: { outDir?: string; base?: string } = {}) {
  const port = await freePort();
  const server = await preview({
    configFile: 'vite.config.ts',
    base: options.base ?? '/',
    logLevel: 'warn',
    build: { outDir: options.outDir ?? 'dist' },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: `${origin}${options.base ?? '/'}`,
    close: () => new Promise<void>((resolve) => server.httpServer.close(() => resolve())),
  };
}
