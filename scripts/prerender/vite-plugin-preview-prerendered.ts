import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'vite';

/**
 * `vite preview` (npm start, and every browser test) serving the prerendered site as a static
 * host does: "/about" gets dist/about/index.html (Vite alone serves it only for "/about/"), and an
 * address with no page gets 404.html with status 404, where Vite would send index.html, which is
 * now the home page's HTML rather than an empty shell.
 */
export const previewPrerenderedPlugin = (): Plugin => ({
  name: 'debugging-leadership:preview-prerendered',
  configurePreviewServer(server) {
    const outDir = path.resolve(server.config.root, server.config.build.outDir);
    const { base } = server.config;
    server.middlewares.use((req, res, next) => {
      if (req.method !== 'GET' && req.method !== 'HEAD') return next();
      const url = new URL(req.url ?? '/', 'http://preview.invalid');
      if (!url.pathname.startsWith(base) || path.extname(url.pathname)) return next();
      const page = decodeURIComponent(url.pathname.slice(base.length)).replace(/\/$/, '');
      const file = path.join(outDir, page, 'index.html');
      if (!file.startsWith(outDir)) return next();
      if (existsSync(file)) {
        req.url = `${base}${page ? `${page}/` : ''}index.html${url.search}`;
        return next();
      }
      const notFound = path.join(outDir, '404.html');
      if (!existsSync(notFound)) return next();
      void readFile(notFound).then((html) => {
        res.statusCode = 404;
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.end(req.method === 'HEAD' ? undefined : html);
      }, next);
    });
  },
});
