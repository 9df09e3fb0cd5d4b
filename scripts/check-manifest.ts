/**
 * Offline manifest check. No npm package ships Microsoft's XML manifest schemas and the online
 * validator needs the Internet, so this checks what breaks a sideload in practice: well-formed
 * XML (xmllint), every resid resolving to a resource of the right kind, every URL pointing at a
 * file the build produced, icon pixel sizes, the shared runtime wiring, the PLAN namespace, the
 * requirement sets and the zh-cn overrides.
 *
 * Used by tests/build/manifest.test.ts and by `npm run validate` (scripts/validate-manifest.mjs).
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { DOMParser } from "@xmldom/xmldom";

export const DEV_BASE_URL = "https://localhost:3000/";
export const ICON_SIZES = [16, 32, 64, 80, 128] as const;
export const ZH = "zh-cn";

const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
};

type ResourceKind = "image" | "url" | "short" | "long";

/** Which kind of resource each referencing element needs (Office's resource reference types). */
const RESID_KIND: Record<string, ResourceKind> = {
  Image: "image",
  SourceLocation: "url",
  Runtime: "url",
  FunctionFile: "url",
  LearnMoreUrl: "url",
  Label: "short",
  Title: "short",
  Namespace: "short",
  Description: "long",
};

const RESOURCE_GROUPS: Record<string, ResourceKind> = {
  Images: "image",
  Urls: "url",
  ShortStrings: "short",
  LongStrings: "long",
};

const MAX_LENGTH: Partial<Record<ResourceKind, number>> = { short: 125, long: 250, url: 2048 };

export interface Resource {
  id: string;
  kind: ResourceKind;
  value: string;
  overrides: Record<string, string>;
}

export interface ManifestCheck {
  /** Human-readable problems; empty when the manifest passes. */
  problems: string[];
  /** One line per passed check, for the validate script's output. */
  passed: string[];
  resources: Map<string, Resource>;
}

export interface CheckOptions {
  manifestPath: string;
  /** The build folder the manifest's URLs must resolve into. */
  distDir: string;
  /** The URL the build folder is served at; defaults to the development server. */
  baseUrl?: string;
}

function elements(root: Element | Document, ns: string, name: string): Element[] {
  return Array.from(root.getElementsByTagNameNS(ns, name) as unknown as ArrayLike<Element>);
}

function children(el: Element): Element[] {
  return Array.from(el.childNodes as unknown as ArrayLike<Node>).filter(
    (n): n is Element => n.nodeType === 1,
  );
}

function child(el: Element | undefined, name: string): Element | undefined {
  return el ? children(el).find((c) => c.localName === name) : undefined;
}

function zhOverride(el: Element): string | undefined {
  return (
    children(el)
      .find((c) => c.localName === "Override" && (c.getAttribute("Locale") ?? "").toLowerCase() === ZH)
      ?.getAttribute("Value") ?? undefined
  );
}

/** Width and height from a PNG's IHDR chunk, or undefined when the file is not a PNG. */
export function pngSize(file: string): { width: number; height: number } | undefined {
  const buf = readFileSync(file);
  const signature = "89504e470d0a1a0a";
  if (buf.length < 24 || buf.subarray(0, 8).toString("hex") !== signature) return undefined;
  if (buf.subarray(12, 16).toString("ascii") !== "IHDR") return undefined;
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/** Maps a manifest URL to the file the build must contain for it, or undefined if outside the base. */
export function fileForUrl(url: string, baseUrl: string, distDir: string): string | undefined {
  if (!url.startsWith(baseUrl)) return undefined;
  const rel = decodeURIComponent(new URL(url).pathname.slice(new URL(baseUrl).pathname.length));
  return join(distDir, rel === "" ? "index.html" : rel);
}

function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export function checkManifest(options: CheckOptions): ManifestCheck {
  const { manifestPath, distDir } = options;
  const baseUrl = options.baseUrl ?? DEV_BASE_URL;
  const problems: string[] = [];
  const passed: string[] = [];
  const resources = new Map<string, Resource>();
  const check = (ok: boolean, pass: string, problem: string) =>
    (ok ? passed : problems).push(ok ? pass : problem);

  if (!existsSync(manifestPath)) {
    return { problems: [`${manifestPath} does not exist`], passed, resources };
  }

  try {
    execFileSync("xmllint", ["--noout", manifestPath], { stdio: ["ignore", "ignore", "pipe"] });
    passed.push("well-formed XML (xmllint)");
  } catch (err) {
    const e = err as NodeJS.ErrnoException & { stderr?: Buffer };
    problems.push(
      e.code === "ENOENT"
        ? "xmllint is not installed (apt-get install libxml2-utils)"
        : `not well-formed XML: ${e.stderr?.toString().trim()}`,
    );
    return { problems, passed, resources };
  }

  const xmlErrors: string[] = [];
  const doc = new DOMParser({
    errorHandler: {
      warning: () => undefined,
      error: (m) => xmlErrors.push(m),
      fatalError: (m) => xmlErrors.push(m),
    },
  }).parseFromString(readFileSync(manifestPath, "utf8"), "text/xml") as unknown as Document;
  if (xmlErrors.length > 0) return { problems: xmlErrors, passed, resources };
  const root = doc.documentElement;

  // Base manifest.
  check(
    root.localName === "OfficeApp" && root.namespaceURI === NS.app,
    "root is OfficeApp (manifest schema 1.1)",
    `root element must be OfficeApp in ${NS.app}`,
  );
  check(
    root.getAttributeNS(NS.xsi, "type") === "TaskPaneApp",
    "TaskPaneApp",
    "OfficeApp xsi:type must be TaskPaneApp",
  );
  const text = (name: string) => child(root, name)?.textContent?.trim() ?? "";
  check(
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text("Id")),
    "Id is a GUID",
    `Id must be a GUID, got "${text("Id")}"`,
  );
  check(
    /^\d+(\.\d+){0,3}$/.test(text("Version")),
    "Version is n.n.n.n",
    `Version must be up to four numbers, got "${text("Version")}"`,
  );
  check(
    text("Permissions") === "ReadWriteDocument",
    "Permissions ReadWriteDocument",
    `Permissions must be ReadWriteDocument, got "${text("Permissions")}"`,
  );
  const hosts = elements(child(root, "Hosts") ?? root, NS.app, "Host").map((h) => h.getAttribute("Name"));
  check(
    hosts.length === 1 && hosts[0] === "Workbook",
    "host Workbook (Excel)",
    `Hosts must be exactly Workbook, got ${hosts.join(", ")}`,
  );
  for (const name of ["DisplayName", "Description"]) {
    const el = child(root, name);
    check(
      !!el?.getAttribute("DefaultValue") && !!el && !!zhOverride(el),
      `${name} has a default and a zh-cn override`,
      `${name} needs a DefaultValue and <Override Locale="zh-cn">`,
    );
  }

  // Requirement sets.
  const sets = new Map(
    elements(child(root, "Requirements") ?? root, NS.app, "Set").map((s) => [
      s.getAttribute("Name") ?? "",
      s.getAttribute("MinVersion") ?? s.parentElement?.getAttribute("DefaultMinVersion") ?? "1.1",
    ]),
  );
  for (const [name, min] of [
    ["SharedRuntime", "1.1"],
    ["CustomFunctionsRuntime", "1.1"],
    ["ExcelApi", "1.1"],
  ] as const) {
    const v = sets.get(name);
    check(
      v !== undefined && compareVersions(v, min) >= 0,
      `requirement set ${name} ${v}`,
      `requirement set ${name} ≥ ${min} is missing`,
    );
  }

  // Resources: unique ids, ≤ 32 characters, within length limits.
  const vo = child(root, "VersionOverrides");
  check(
    !!vo && vo.namespaceURI === NS.ov && vo.getAttributeNS(NS.xsi, "type") === "VersionOverridesV1_0",
    "VersionOverrides (task pane schema 1.0)",
    "VersionOverrides must be VersionOverridesV1_0 in the taskpaneappversionoverrides namespace",
  );
  const resEl = child(vo, "Resources");
  for (const group of resEl ? children(resEl) : []) {
    const kind = RESOURCE_GROUPS[group.localName];
    if (!kind) {
      problems.push(`unknown resource group ${group.localName}`);
      continue;
    }
    for (const r of children(group)) {
      const id = r.getAttribute("id") ?? "";
      const overrides: Record<string, string> = {};
      for (const o of children(r).filter((c) => c.localName === "Override")) {
        overrides[(o.getAttribute("Locale") ?? "").toLowerCase()] = o.getAttribute("Value") ?? "";
      }
      if (resources.has(id)) problems.push(`resource id "${id}" is defined twice`);
      if (id.length === 0 || id.length > 32)
        problems.push(`resource id "${id}" must have 1 to 32 characters`);
      const value = r.getAttribute("DefaultValue") ?? "";
      const max = MAX_LENGTH[kind];
      for (const v of [value, ...Object.values(overrides)]) {
        if (max && v.length > max) problems.push(`resource "${id}" is longer than ${max} characters`);
      }
      resources.set(id, { id, kind, value, overrides });
    }
  }

  // Every resid resolves to a resource of the kind its element needs; every resource is used.
  const used = new Set<string>();
  let residCount = 0;
  for (const el of vo ? elements(vo, "*", "*") : []) {
    if (!el.hasAttribute("resid")) continue;
    const resid = el.getAttribute("resid") ?? "";
    residCount++;
    used.add(resid);
    const res = resources.get(resid);
    const want = RESID_KIND[el.localName];
    if (!res) problems.push(`<${el.localName} resid="${resid}"> does not resolve to a resource`);
    else if (want && res.kind !== want) {
      problems.push(`<${el.localName} resid="${resid}"> needs a ${want} resource, found ${res.kind}`);
    }
  }
  const unused = [...resources.keys()].filter((id) => !used.has(id));
  check(
    residCount > 0 && unused.length === 0 && !problems.some((p) => p.includes("resid")),
    `${residCount} resid references resolve, every resource is used`,
    unused.length > 0
      ? `resources defined but never used: ${unused.join(", ")}`
      : "resid references do not resolve",
  );

  // URLs: everything under the base URL, and each one a file the build produced.
  const urls: { where: string; url: string }[] = [];
  for (const el of elements(doc, "*", "*")) {
    for (const attr of ["DefaultValue", "Value"]) {
      const v = el.getAttribute(attr);
      if (v && /^https?:\/\//i.test(v)) urls.push({ where: `<${el.nodeName}>`, url: v });
    }
  }
  let urlProblems = 0;
  for (const { where, url } of urls) {
    const file = fileForUrl(url, baseUrl, distDir);
    if (!file) {
      problems.push(`${where} ${url} is not under ${baseUrl}`);
      urlProblems++;
    } else if (!existsSync(file) || !statSync(file).isFile()) {
      problems.push(`${where} ${url} → ${file} is not produced by the build`);
      urlProblems++;
    }
  }
  if (urlProblems === 0) passed.push(`${urls.length} URLs resolve to files in ${distDir}`);

  // Icons: the five sizes exist at their pixel size; each reference matches its declared size.
  const iconProblems: string[] = [];
  for (const size of ICON_SIZES) {
    const file = join(distDir, "assets", `icon-${size}.png`);
    const dims = existsSync(file) ? pngSize(file) : undefined;
    if (!dims || dims.width !== size || dims.height !== size) {
      iconProblems.push(
        `${file} must be a ${size}×${size} PNG, found ${dims ? `${dims.width}×${dims.height}` : "none"}`,
      );
    }
  }
  const declared: { size: number; url: string }[] = [];
  const iconUrl = child(root, "IconUrl")?.getAttribute("DefaultValue");
  const hiRes = child(root, "HighResolutionIconUrl")?.getAttribute("DefaultValue");
  if (iconUrl) declared.push({ size: 32, url: iconUrl });
  else iconProblems.push("IconUrl is missing");
  if (hiRes) declared.push({ size: 64, url: hiRes });
  else iconProblems.push("HighResolutionIconUrl is missing");
  for (const img of vo ? elements(vo, NS.bt, "Image") : []) {
    const size = Number(img.getAttribute("size"));
    const res = resources.get(img.getAttribute("resid") ?? "");
    if (res) declared.push({ size, url: res.value });
  }
  for (const { size, url } of declared) {
    const file = fileForUrl(url, baseUrl, distDir);
    const dims = file && existsSync(file) ? pngSize(file) : undefined;
    if (dims && (dims.width !== size || dims.height !== size)) {
      iconProblems.push(`${url} is used as a ${size} px icon but is ${dims.width}×${dims.height}`);
    }
  }
  problems.push(...iconProblems);
  if (iconProblems.length === 0) passed.push(`icons ${ICON_SIZES.join("/")} px exist at their sizes`);

  // Shared runtime: one long-lived runtime page serving the task pane, the functions and the commands.
  const host = vo ? elements(vo, NS.ov, "Host")[0] : undefined;
  const runtime = host ? elements(host, NS.ov, "Runtime") : [];
  const runtimeId = runtime[0]?.getAttribute("resid");
  const cf = host
    ? elements(host, NS.ov, "ExtensionPoint").find(
        (e) => e.getAttributeNS(NS.xsi, "type") === "CustomFunctions",
      )
    : undefined;
  const pageId = child(child(cf, "Page"), "SourceLocation")?.getAttribute("resid");
  const functionFile = host ? elements(host, NS.ov, "FunctionFile")[0]?.getAttribute("resid") : undefined;
  const taskpaneActions = host
    ? elements(host, NS.ov, "Action").filter((a) => a.getAttributeNS(NS.xsi, "type") === "ShowTaskpane")
    : [];
  const taskpaneIds = taskpaneActions.map((a) => child(a, "SourceLocation")?.getAttribute("resid"));
  check(
    host?.getAttributeNS(NS.xsi, "type") === "Workbook" &&
      runtime.length === 1 &&
      runtime[0].getAttribute("lifetime") === "long" &&
      !!runtimeId &&
      pageId === runtimeId &&
      functionFile === runtimeId &&
      taskpaneIds.length > 0 &&
      taskpaneIds.every((id) => id === runtimeId),
    "shared runtime: one long-lived page for task pane, functions and commands",
    'shared runtime: <Runtime lifetime="long"> must be the custom functions\' Page, the FunctionFile and every ShowTaskpane SourceLocation',
  );

  // Custom functions: the PLAN namespace, the script, and zh-cn metadata.
  const nsRes = resources.get(child(cf, "Namespace")?.getAttribute("resid") ?? "");
  check(
    nsRes?.value === "PLAN",
    "custom functions namespace PLAN",
    `custom functions namespace must be PLAN, got ${nsRes?.value}`,
  );
  const metaRes = resources.get(child(child(cf, "Metadata"), "SourceLocation")?.getAttribute("resid") ?? "");
  check(
    !!metaRes &&
      metaRes.value.endsWith("/functions.json") &&
      !!metaRes.overrides[ZH]?.endsWith("/functions-zh-cn.json"),
    "functions metadata: functions.json, zh-cn → functions-zh-cn.json",
    "functions metadata must be functions.json with a zh-cn override to functions-zh-cn.json",
  );
  const scriptRes = resources.get(child(child(cf, "Script"), "SourceLocation")?.getAttribute("resid") ?? "");
  check(
    !!scriptRes && scriptRes.value.endsWith("/functions.js"),
    "functions script functions.js",
    "custom functions Script must point at functions.js",
  );
  for (const name of ["functions.json", "functions-zh-cn.json"]) {
    const file = join(distDir, name);
    let ok = false;
    try {
      const json = JSON.parse(readFileSync(file, "utf8")) as { functions?: unknown[] };
      ok = Array.isArray(json.functions) && json.functions.length > 0;
    } catch {
      ok = false;
    }
    check(ok, `${name} lists functions`, `${file} must be JSON with a non-empty "functions" array`);
  }

  // Ribbon: a button on the Home tab, in a group of our own.
  const homeTab = host
    ? elements(host, NS.ov, "OfficeTab").find((t) => t.getAttribute("id") === "TabHome")
    : undefined;
  const groups = homeTab ? elements(homeTab, NS.ov, "Group") : [];
  const buttons = groups.flatMap((g) =>
    elements(g, NS.ov, "Control").filter((c) => c.getAttributeNS(NS.xsi, "type") === "Button"),
  );
  check(
    groups.length === 1 && buttons.length >= 1 && taskpaneActions.length >= 1,
    "task-pane button in its own group on the Home tab",
    "the Home tab (TabHome) needs one group with a button that shows the task pane",
  );

  // Every user-visible string has a zh-cn override (the namespace is an identifier, not text).
  const missingZh = [...resources.values()]
    .filter((r) => (r.kind === "short" || r.kind === "long") && r !== nsRes && !r.overrides[ZH])
    .map((r) => r.id);
  check(
    missingZh.length === 0,
    "every label, tooltip and description has a zh-cn override",
    `strings without a zh-cn override: ${missingZh.join(", ")}`,
  );

  return { problems, passed, resources };
}
