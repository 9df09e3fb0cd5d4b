/**
 * The production build under test, and a loopback static server for it: the page is tested the
 * way an intranet web server would serve dist/, not through webpack-dev-server.
 */
import { createServer, type Server } from "node:http";
import { createReadStream, existsSync, statSync } from "node:fs";
import { extname, join, resolve, sep } from "node:path";

export const DIST = resolve(__dirname, "../../dist");

/** Fails loudly: a missing build must never make these tests pass by skipping. */
export function requireDist(): void {
  if (!existsSync(join(DIST, "manifest.xml")) || !existsSync(join(DIST, "taskpane.html"))) {
    throw new Error(
      `The production build is missing (${DIST}/manifest.xml, taskpane.html). ` +
        "Run `npm run build` first; `npm test` builds before it runs Jest.",
    );
  }
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

export function serveDist(root = DIST): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    const file = join(root, path);
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  return new Promise((done) => {
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      done({
        origin: `http://127.0.0.1:${port}`,
        close: () => new Promise<void>((closed) => server.close(() => closed())),
      });
    });
  });
}
