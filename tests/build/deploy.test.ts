/**
 * The production deployment as the README gives it (deploy/nginx.conf, deploy/web.config, quoted
 * in the README): dist/ served over HTTPS with exactly the headers those files set, and the
 * function metadata fetched cross-origin from another origin in Chromium, as Excel fetches it.
 * A server without those headers is refused by the browser: the check can fail.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createServer as createHttpsServer } from "node:https";
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve, sep } from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import type { Browser } from "playwright-core";
import { launchChromium } from "../support/chromium";
import { DIST } from "./dist";

const ROOT = resolve(__dirname, "../..");
const NGINX = readFileSync(join(ROOT, "deploy/nginx.conf"), "utf8");
const WEB_CONFIG = readFileSync(join(ROOT, "deploy/web.config"), "utf8");
const README = readFileSync(join(ROOT, "README.md"), "utf8");

type Headers = Record<string, string>;
/** For a file name: the headers the server adds. */
type HeaderRule = (file: string) => Headers;

/** The add_header lines of the nginx location that matches the functions files, and its regex. */
function nginxRule(): { types: Headers; rule: HeaderRule } {
  const m = /location ~ \^\/planner\/(\S+) \{([\s\S]*?)\n {4}\}/.exec(NGINX);
  if (!m) throw new Error("deploy/nginx.conf: no regex location for the functions files");
  const re = new RegExp(`^${m[1]}`);
  const headers: Headers = {};
  for (const h of m[2].matchAll(/add_header (\S+) "([^"]*)" always;/g)) headers[h[1].toLowerCase()] = h[2];
  const types: Headers = {
    ".json": /types \{ application\/json json; \}/.test(NGINX) ? "application/json" : "",
  };
  return { types, rule: (file) => (re.test(file) ? headers : {}) };
}

/** The mimeMap entries and the per-file customHeaders of web.config. */
function iisRule(): { types: Headers; rule: HeaderRule } {
  const doc = new DOMParser().parseFromString(WEB_CONFIG, "text/xml");
  const types: Headers = {};
  for (const m of Array.from(doc.getElementsByTagName("mimeMap")))
    types[m.getAttribute("fileExtension")!] = m.getAttribute("mimeType")!;
  const byPath = new Map<string, Headers>();
  for (const loc of Array.from(doc.getElementsByTagName("location"))) {
    const headers: Headers = {};
    for (const add of Array.from(loc.getElementsByTagName("add")))
      headers[add.getAttribute("name")!.toLowerCase()] = add.getAttribute("value")!;
    byPath.set(loc.getAttribute("path")!, headers);
  }
  return { types, rule: (file) => byPath.get(file) ?? {} };
}

interface Served {
  origin: string;
  close(): Promise<void>;
}

function handler(types: Headers, rule: HeaderRule) {
  const root = resolve(DIST);
  return (req: IncomingMessage, res: ServerResponse) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname).replace(
      /^\/planner\//,
      "/",
    );
    const file = normalize(join(root, path));
    if (!file.startsWith(root + sep)) return void res.writeHead(403).end();
    const headers = rule(path.slice(1));
    if (req.method === "OPTIONS") return void res.writeHead(204, headers).end();
    readFile(file).then(
      (body) => res.writeHead(200, { "content-type": types[extname(file)] ?? "", ...headers }).end(body),
      () => res.writeHead(404).end(),
    );
  };
}

async function listen(server: ReturnType<typeof createHttpServer>, scheme: string): Promise<Served> {
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `${scheme}://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

let tls: { key: Buffer; cert: Buffer };
let tmp: string;
let browser: Browser;
let office: Served; // stands for Excel's own origin, which fetches the metadata

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), "planner-tls-"));
  execFileSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-days",
      "1",
      "-subj",
      "/CN=127.0.0.1",
      "-keyout",
      join(tmp, "key.pem"),
      "-out",
      join(tmp, "cert.pem"),
    ],
    { stdio: "ignore" },
  );
  tls = { key: readFileSync(join(tmp, "key.pem")), cert: readFileSync(join(tmp, "cert.pem")) };
  office = await listen(
    createHttpServer((_q, r) =>
      r.writeHead(200, { "content-type": "text/html" }).end("<!doctype html><p>Excel"),
    ),
    "http",
  );
  browser = await launchChromium();
}, 60000);

afterAll(async () => {
  await browser?.close();
  await office?.close();
  rmSync(tmp, { recursive: true, force: true });
});

/** Fetches `path` of `server` from Excel's origin in Chromium; the JSON's function ids, or the error. */
async function fetchCrossOrigin(server: Served, path: string) {
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  try {
    const page = await context.newPage();
    await page.route(/^https?:\/\/(?!localhost|127\.0\.0\.1)/, (r) => r.abort());
    await page.goto(`${office.origin}/`);
    return await page.evaluate(async (url) => {
      try {
        const r = await fetch(url, { mode: "cors" });
        const body = (await r.json()) as { functions: { id: string }[]; allowErrorForDataTypeAny?: boolean };
        return {
          ok: r.ok,
          type: r.headers.get("content-type"),
          ids: body.functions.map((f) => f.id),
          allowErrorForDataTypeAny: body.allowErrorForDataTypeAny,
          hasCustomData: "allowCustomDataForDataTypeAny" in body,
        };
      } catch (e) {
        return { error: String(e) };
      }
    }, `${server.origin}${path}`);
  } finally {
    await context.close();
  }
}

describe("deployment snippets (README: Deploying to production)", () => {
  it("are quoted in the README exactly as in deploy/", () => {
    expect(README).toContain(NGINX.trim());
    expect(README).toContain(WEB_CONFIG.trim());
  });

  for (const [name, config] of [
    ["nginx", nginxRule],
    ["IIS", iisRule],
  ] as const) {
    it(`${name}: Excel's origin reads functions.json and functions-zh-cn.json over HTTPS, as JSON`, async () => {
      const { types, rule } = config();
      const server = await listen(createHttpsServer(tls, handler(types, rule)), "https");
      try {
        for (const file of ["functions.json", "functions-zh-cn.json"]) {
          const got = await fetchCrossOrigin(server, `/planner/${file}`);
          expect(got).toMatchObject({ ok: true, allowErrorForDataTypeAny: true, hasCustomData: false });
          expect("type" in got && got.type).toMatch(/^application\/json/);
          expect("ids" in got && got.ids).toContain("PROJECT");
        }
        expect(rule("functions.js")["access-control-allow-origin"]).toBe("*");
        expect(rule("taskpane.html")["access-control-allow-origin"]).toBeUndefined();
      } finally {
        await server.close();
      }
    }, 60000);
  }

  it("without the CORS header, the browser refuses the cross-origin read (the check can fail)", async () => {
    const { types } = nginxRule();
    const server = await listen(
      createHttpsServer(
        tls,
        handler(types, () => ({})),
      ),
      "https",
    );
    try {
      const got = await fetchCrossOrigin(server, "/planner/functions.json");
      expect(got).toMatchObject({ error: expect.stringMatching(/Failed to fetch/) });
    } finally {
      await server.close();
    }
  }, 60000);
});
