// `wparsim web [--port N] [--host ADDR]`: serves the browser page (dist/web,
// made by the build) read-only on 127.0.0.1:8080 by default, and prints its
// address. Only GET and HEAD of the folder's own files: no listing, no path
// out of it, no other method; the Content-Security-Policy the page carries
// is also sent as a header. Any static host can serve the same folder.

import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { STDERR, STDOUT, writeFd } from './write.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.cast': 'application/x-asciicast',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

const POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
/** The Tutorials page's: asciinema-player compiles its terminal emulator from WebAssembly (no JavaScript eval). */
const TUTORIALS_POLICY = `${POLICY.replace("script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'")}; worker-src 'self' blob:`;

/** The file of the folder a request path names, or null (a name outside it, a directory, nothing there). */
export function fileFor(root: string, urlPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split('?')[0]!);
  } catch {
    return null;
  }
  if (path === '/' || path === '') path = '/index.html';
  // Only plain names of the folder's files and subfolders: no "..", no backslash, no NUL, no hidden file.
  if (!/^(\/[A-Za-z0-9_][A-Za-z0-9_.-]*)+$/.test(path) || path.split('/').some((p) => p === '..' || p === '.')) return null;
  const full = join(root, path);
  try {
    return statSync(full).isFile() ? full : null;
  } catch {
    return null;
  }
}

export function webCommand(root: string, port: number, host: string): Promise<number> {
  if (!statSync(join(root, 'index.html'), { throwIfNoEntry: false })?.isFile()) {
    writeFd(STDERR, `wparsim: the page is not built (${root} has no index.html): run npm run build\n`);
    return Promise.resolve(1);
  }
  const server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const file = fileFor(root, req.url ?? '/');
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    const body = readFileSync(file);
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': body.length,
      'Content-Security-Policy': file.endsWith('tutorials.html') ? TUTORIALS_POLICY : POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve) => {
    server.on('error', (e: NodeJS.ErrnoException) => {
      writeFd(STDERR, `wparsim: cannot serve the page on ${host}:${port} (${e.code === 'EADDRINUSE' ? 'the port is in use' : (e.code ?? e.message)})\n`);
      resolve(1);
    });
    server.listen(port, host, () => {
      const address = server.address();
      const shown = typeof address === 'object' && address ? address.port : port;
      writeFd(STDOUT, `wparsim: the page is at http://${host.includes(':') ? `[${host}]` : host}:${shown}/ (Ctrl-C stops serving it)\n`);
    });
    const stop = () => server.close(() => resolve(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
