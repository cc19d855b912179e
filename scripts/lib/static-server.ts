/**
 * A tiny static HTTP server on 127.0.0.1 for the demo page, the e2e fixtures and the
 * benchmark. Each mount maps a URL prefix to a folder; HTML can be rewritten on the way out
 * (the corpus pages are served without their scripts, so they are static and offline).
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

export interface Mount {
  /** URL prefix, e.g. `/fixtures/`. */
  prefix: string;
  /** Folder the prefix maps to. */
  dir: string;
  /** Rewrites HTML files before they are sent. */
  transformHtml?: (html: string) => string;
}

export interface StaticServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Adds or replaces a generated page at `path`. */
  setPage(path: string, html: string, headers?: Record<string, string>): void;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** Removes `<script>` elements so a saved page renders as static, offline HTML. */
export function stripScripts(html: string): string {
  return html.replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, '').replace(/<script\b[^>]*\/>/gi, '');
}

export async function startStaticServer(mounts: Mount[], port = 0): Promise<StaticServer> {
  const pages = new Map<string, { body: string; headers: Record<string, string> }>();
  const server: Server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const page = pages.get(path);
      if (page) {
        res.writeHead(200, { 'content-type': TYPES['.html']!, ...page.headers });
        res.end(page.body);
        return;
      }
      if (path === '/favicon.ico') {
        res.writeHead(204);
        res.end();
        return;
      }
      for (const mount of mounts) {
        if (!path.startsWith(mount.prefix)) continue;
        const root = resolve(mount.dir);
        const file = normalize(join(root, path.slice(mount.prefix.length)));
        if (file !== root && !file.startsWith(root + sep)) break;
        try {
          const type = TYPES[extname(file)] ?? 'application/octet-stream';
          let body: Buffer | string = await readFile(file);
          if (mount.transformHtml && extname(file) === '.html') body = mount.transformHtml(body.toString('utf8'));
          res.writeHead(200, { 'content-type': type });
          res.end(body);
          return;
        } catch {
          break;
        }
      }
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    })();
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const { port: bound } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${bound}`,
    setPage(path, html, headers = {}) {
      pages.set(path, { body: html, headers });
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
