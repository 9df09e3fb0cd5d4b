#!/usr/bin/env node
/**
 * `npm start`: builds the add-in (development), serves it over HTTPS on https://localhost:3000 and
 * sideloads it into desktop Excel where there is one. Where there is none (Linux, CI) it still
 * serves and prints, in Chinese and English, how to load the manifest into Excel.
 * The server's start page (`/`) is the workbench: the spreadsheet with the task pane beside it,
 * for machines without Excel; it is printed first and opened in the browser on a desktop.
 *
 * Never crashes: a busy port, missing certificates tools or a failed sideload each end in a clear
 * message (a busy port exits 1; the others fall back and keep serving). Ctrl-C stops cleanly.
 *
 *   npm start                 serve + sideload (desktop Excel, when office-addin-debugging is available)
 *   npm start -- --no-sideload   serve only
 *   npm start -- --self-signed   skip office-addin-dev-certs, use a throwaway self-signed certificate
 *   npm start -- --no-open       do not open the workbench in the browser
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { X509Certificate } from "node:crypto";
import { resolve } from "node:path";

const require = createRequire(import.meta.url);
const ROOT = resolve(import.meta.dirname, "..");
const MANIFEST = resolve(ROOT, "manifest.xml");
// The manifest's URLs name this port: serving elsewhere would load nothing in Excel.
// START_PORT exists only so tests can run beside a developer's own `npm start`.
const PORT = Number(process.env.START_PORT) || 3000;
const ORIGIN = `https://localhost:${PORT}`;
const args = new Set(process.argv.slice(2));

const log = (...lines) => console.log(lines.join("\n"));

function portFree(port) {
  return new Promise((done) => {
    const probe = createServer();
    probe.once("error", (err) => done(err.code !== "EADDRINUSE" && err.code !== "EACCES"));
    probe.listen(port, () => probe.close(() => done(true)));
  });
}

function portBusyMessage() {
  const find =
    process.platform === "win32"
      ? `netstat -ano | findstr :${PORT}`
      : `lsof -i :${PORT}   (或/or: ss -ltnp | grep ${PORT})`;
  return [
    `✗ 端口 ${PORT} 已被占用:可能另一个 npm start 仍在运行。清单中的地址固定为 ${ORIGIN},请先停止占用该端口的进程:`,
    `✗ Port ${PORT} is already in use, probably by another \`npm start\`. The manifest's URLs name ${ORIGIN}, so stop that process first:`,
    `    ${find}`,
  ].join("\n");
}

function withTimeout(promise, ms, what) {
  return Promise.race([
    promise,
    new Promise((_, reject) =>
      setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms).unref(),
    ),
  ]);
}

function certValid(pemFile, minMs = 24 * 3600 * 1000) {
  try {
    const cert = new X509Certificate(readFileSync(pemFile));
    return new Date(cert.validTo).getTime() - Date.now() > minMs;
  } catch {
    return false;
  }
}

/**
 * HTTPS options for the dev server. Windows and macOS: office-addin-dev-certs creates and trusts
 * a developer CA (the OS may ask once). Linux: the same CA is generated but not installed (that
 * needs sudo); the note says how to trust it. Anything failing: a self-signed certificate made by
 * webpack-dev-server, which the browser asks the user to accept once.
 */
async function httpsOptions() {
  if (args.has("--self-signed")) {
    return { options: undefined, note: "self-signed certificate (--self-signed) / 自签名证书" };
  }
  try {
    const certs = require("office-addin-dev-certs");
    const paths = require("office-addin-dev-certs/lib/defaults");
    if (process.platform === "win32" || process.platform === "darwin") {
      const options = await withTimeout(
        certs.getHttpsServerOptions(),
        180_000,
        "installing the developer certificate",
      );
      return { options, note: "trusted developer certificate (office-addin-dev-certs) / 已信任的开发证书" };
    }
    if (!existsSync(paths.caCertificatePath)) {
      await withTimeout(certs.generateCertificates(), 60_000, "generating the developer certificate");
    }
    if (!certValid(paths.localhostCertificatePath)) {
      throw new Error(
        `the developer certificate in ${paths.certificateDirectory} has expired: run \`npx office-addin-dev-certs install\``,
      );
    }
    return {
      options: {
        ca: readFileSync(paths.caCertificatePath),
        cert: readFileSync(paths.localhostCertificatePath),
        key: readFileSync(paths.localhostKeyPath),
      },
      note: [
        `developer certificate signed by ${paths.caCertificatePath} (not installed on Linux).`,
        `  让浏览器信任它 / to make the browser trust it: import that ca.crt as an authority in the browser's`,
        `  certificate settings, or open ${ORIGIN}/taskpane.html once and accept the warning.`,
      ].join("\n"),
    };
  } catch (err) {
    return {
      options: undefined,
      note: `self-signed certificate (office-addin-dev-certs: ${String(err.message).split("\n")[0]}) / 自签名证书:请在浏览器中打开 ${ORIGIN}/taskpane.html 并接受一次。`,
    };
  }
}

/** Opening the workbench in the browser makes sense only on a desktop, never in CI. */
function canOpenBrowser() {
  if (args.has("--no-open") || process.env.CI) return false;
  return process.platform === "win32" || process.platform === "darwin" || Boolean(process.env.DISPLAY);
}

/** Desktop sideloading, only where Excel exists and office-addin-debugging is installed. */
function canSideload() {
  if (args.has("--no-sideload") || process.env.CI) return false;
  if (process.platform !== "win32" && process.platform !== "darwin") return false;
  const probe = spawnSync("npx", ["--no", "office-addin-debugging", "--version"], {
    cwd: ROOT,
    stdio: "ignore",
    shell: process.platform === "win32",
    timeout: 30_000,
  });
  return probe.status === 0;
}

function sideload(action) {
  const extra =
    action === "start"
      ? ["desktop", "--app", "excel", "--no-debug", "--no-live-reload", "--dev-server-port", String(PORT)]
      : [];
  const r = spawnSync("npx", ["--no", "office-addin-debugging", action, MANIFEST, ...extra], {
    cwd: ROOT,
    stdio: "inherit",
    shell: process.platform === "win32",
    timeout: 180_000,
  });
  return r.status === 0;
}

function instructions() {
  return [
    "",
    "────────────────────────────────────────────────────────────────────────",
    ` 指标规划助手 Indicator Planner — 开发服务器已启动 / dev server running`,
    "",
    ` 工作台(无需 Excel,在浏览器中使用表格和任务窗格)/ Workbench (no Excel needed):`,
    `   ${ORIGIN}/`,
    "",
    ` Excel 加载项 / Excel add-in:`,
    `   任务窗格 Task pane:   ${ORIGIN}/taskpane.html`,
    `   清单 Manifest:        ${MANIFEST}`,
    `                         (${ORIGIN}/manifest.xml)`,
    "",
    " Excel 网页版 / Excel on the web:",
    "   打开一个工作簿 → 插入 > 加载项 > 上传我的加载项 → 选择上面的 manifest.xml",
    "   (部分版本:开始 > 加载项 > 更多加载项 > 我的加载项 > 上传我的加载项)",
    "   Open a workbook → Insert > Add-ins > Upload My Add-in → choose the manifest.xml above",
    "   (some versions: Home > Add-ins > More Add-ins > My Add-ins > Upload My Add-in)",
    "",
    " Windows 桌面版 / Excel on Windows (shared folder catalog / 共享文件夹目录):",
    "   1. 共享 manifest.xml 所在的文件夹 / share the folder that holds manifest.xml (\\\\computer\\share)",
    "   2. 文件 > 选项 > 信任中心 > 信任中心设置 > 受信任的加载项目录:添加该网络路径并勾选“显示在菜单中”",
    "      File > Options > Trust Center > Trust Center Settings > Trusted Add-in Catalogs: add the path, tick Show in Menu",
    "   3. 重启 Excel → 插入 > 我的加载项 > 共享文件夹 / restart Excel → Insert > My Add-ins > SHARED FOLDER",
    "",
    " Mac 桌面版 / Excel on Mac:",
    "   把 manifest.xml 复制到 / copy manifest.xml to ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/",
    "   重启 Excel → 插入 > 我的加载项 / restart Excel → Insert > My Add-ins",
    "",
    " 加载后:开始 > 规划模板 打开任务窗格;在单元格中输入 =PLAN. 使用函数。",
    " Then: Home > Plan Templates opens the task pane; type =PLAN. in a cell for the functions.",
    " 按 Ctrl+C 停止 / Press Ctrl+C to stop.",
    "────────────────────────────────────────────────────────────────────────",
  ].join("\n");
}

async function main() {
  if (!(await portFree(PORT))) {
    console.error(portBusyMessage());
    process.exit(1);
  }

  const certs = await httpsOptions();
  log(`HTTPS: ${certs.note}`);

  const webpack = require("webpack");
  const WebpackDevServer = require("webpack-dev-server");
  const config = require("../webpack.config.js")({}, { mode: "development" });
  const compiler = webpack(config);

  let firstBuild = true;
  let sideloaded = false;
  compiler.hooks.done.tap("start", (stats) => {
    if (stats.hasErrors()) {
      log("", "✗ 构建出错,修改代码后会自动重试 / The build has errors; it rebuilds when you save:");
      log(stats.toString({ all: false, errors: true, colors: true }));
      return;
    }
    log(`✓ 构建完成 / built in ${((stats.endTime - stats.startTime) / 1000).toFixed(1)} s`);
    if (!firstBuild) return;
    firstBuild = false;
    log(instructions());
    if (canSideload()) {
      log("正在旁加载到桌面版 Excel / sideloading into desktop Excel …");
      sideloaded = sideload("start");
      if (!sideloaded)
        log("旁加载失败,请按上面的步骤手动加载 / Sideloading failed: load the manifest by hand as above.");
    }
  });

  const server = new WebpackDevServer(
    {
      ...config.devServer,
      host: "localhost",
      port: PORT,
      server: certs.options ? { type: "https", options: certs.options } : { type: "https" },
      setupExitSignals: false,
      // "/" is the workbench; the add-in's pages keep their own names.
      devMiddleware: { ...config.devServer.devMiddleware, index: "workbench.html" },
      open: canOpenBrowser() ? "/" : false,
    },
    compiler,
  );

  let stopping = false;
  const stop = async (signal) => {
    if (stopping) {
      process.exit(130);
    }
    stopping = true;
    log("", `停止中 / stopping (${signal}) …`);
    if (sideloaded) sideload("stop");
    await withTimeout(server.stop(), 10_000, "stopping the server").catch(() => undefined);
    process.exit(0);
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));

  try {
    await server.start();
  } catch (err) {
    if (err.code === "EADDRINUSE" || err.code === "EACCES") console.error(portBusyMessage());
    else console.error(`✗ 无法启动服务器 / could not start the server: ${err.message}`);
    process.exit(1);
  }
}

main().catch((err) => {
  console.error(`✗ npm start: ${err.message}`);
  process.exit(1);
});
