/**
 * `npm start` for real: it builds, serves the workbench as its start page and the add-in over HTTPS,
 * refuses a busy port with a clear bilingual message instead of a stack trace, and stops cleanly on
 * Ctrl-C (SIGINT).
 * START_PORT keeps the test off port 3000, where a developer's own server may be running.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { request } from "node:https";
import { createServer } from "node:net";
import { resolve } from "node:path";

const ROOT = resolve(__dirname, "../..");

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const s = createServer();
    s.once("error", fail);
    s.listen(0, () => {
      const address = s.address();
      const port = typeof address === "object" && address ? address.port : 0;
      s.close(() => done(port));
    });
  });
}

interface Run {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function start(port: number): Run {
  const child = spawn(process.execPath, ["scripts/start.mjs", "--no-sideload", "--self-signed"], {
    cwd: ROOT,
    env: { ...process.env, START_PORT: String(port), CI: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout?.on("data", (d) => (out += d));
  child.stderr?.on("data", (d) => (out += d));
  const exited = new Promise<number | null>((done) => child.on("exit", (code) => done(code)));
  return { child, output: () => out, exited };
}

async function waitFor(run: Run, text: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (!run.output().includes(text)) {
    if (run.child.exitCode !== null) throw new Error(`npm start exited early:\n${run.output()}`);
    if (Date.now() > until) throw new Error(`no "${text}" after ${ms} ms:\n${run.output()}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

function get(url: string): Promise<{ status: number; body: string }> {
  return new Promise((done, fail) => {
    // The test server's certificate is self-signed on purpose.
    const req = request(url, { rejectUnauthorized: false }, (res) => {
      let body = "";
      res.on("data", (d) => (body += d));
      res.on("end", () => done({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", fail);
    req.end();
  });
}

let first: Run | undefined;
afterAll(async () => {
  if (first && first.child.exitCode === null) {
    first.child.kill("SIGKILL");
    await first.exited;
  }
});

test("npm start serves over HTTPS, refuses a busy port, and stops on Ctrl-C", async () => {
  const port = await freePort();
  first = start(port);
  await waitFor(first, "Ctrl+C", 170_000);
  const out = first.output();
  expect(out).toContain("插入 > 加载项 > 上传我的加载项");
  expect(out).toContain("Insert > Add-ins > Upload My Add-in");
  expect(out).toContain(resolve(ROOT, "manifest.xml"));

  // The workbench is the start page, printed before the add-in's addresses.
  expect(out.indexOf(`https://localhost:${port}/\n`)).toBeGreaterThan(-1);
  expect(out.indexOf(`https://localhost:${port}/\n`)).toBeLessThan(out.indexOf("taskpane.html"));
  const home = await get(`https://localhost:${port}/`);
  expect(home.status).toBe(200);
  expect(home.body).toContain('id="wb-grid"');
  expect(home.body).not.toContain("office-js");
  expect((await get(`https://localhost:${port}/workbench.html`)).body).toContain('id="wb-grid"');

  const page = await get(`https://localhost:${port}/taskpane.html`);
  expect(page.status).toBe(200);
  expect(page.body).toContain('src="assets/office-js/office.js"');
  expect(page.body).toContain("Content-Security-Policy");
  for (const path of [
    "functions.js",
    "functions.json",
    "functions-zh-cn.json",
    "manifest.xml",
    "assets/icon-32.png",
  ]) {
    expect(`${path} ${(await get(`https://localhost:${port}/${path}`)).status}`).toBe(`${path} 200`);
  }
  expect((await get(`https://localhost:${port}/assets/office-js/office.js`)).body).toContain("Office");

  const second = start(port);
  expect(await second.exited).toBe(1);
  expect(second.output()).toContain(`端口 ${port} 已被占用`);
  expect(second.output()).toContain(`Port ${port} is already in use`);
  expect(second.output()).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/); // no stack trace

  first.child.kill("SIGINT");
  expect(await first.exited).toBe(0);
  expect(first.output()).toContain("stopping (SIGINT)");
  await expect(get(`https://localhost:${port}/taskpane.html`)).rejects.toThrow(/ECONNREFUSED/);
}, 240_000);
