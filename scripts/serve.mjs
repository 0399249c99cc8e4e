#!/usr/bin/env node
/**
 * A tiny static server for dist/, used by `npm start`, `npm run preview` and the browser tests.
 * It serves the site under SITE_BASE (default /), like any static web server would, and sends each
 * page's Content-Security-Policy as a header too (src/site/csp.mjs).
 *
 *   node scripts/serve.mjs            PORT=8080 SITE_BASE=/handbook/ node scripts/serve.mjs
 */
import { createServer } from "node:http";
import { createReadStream, readFileSync, statSync } from "node:fs";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { headerPolicy } from "../src/site/csp.mjs";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".wasm": "application/wasm",
  ".xml": "application/xml",
};

const fileAt = (path) => {
  try {
    const s = statSync(path);
    return s.isFile() ? "file" : s.isDirectory() ? "dir" : null;
  } catch {
    return null;
  }
};

/** Start serving `root` under `base`; resolves to the URL and a close function. */
export function startServer({ root = "dist", base = "/", port = 0, host = "127.0.0.1" } = {}) {
  const dir = resolve(root);
  const prefix = base.endsWith("/") ? base : base + "/";
  const server = createServer((req, res) => {
    const send = (status, body, headers = {}) => {
      res.writeHead(status, { "content-type": "text/plain; charset=utf-8", ...headers });
      res.end(body);
    };
    const sendPage = (status, file) => {
      const html = readFileSync(file, "utf8");
      res.writeHead(status, { "content-type": TYPES[".html"], "cache-control": "no-cache", "content-security-policy": headerPolicy(html) });
      res.end(req.method === "HEAD" ? undefined : html);
    };
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    } catch {
      return send(400, "bad request");
    }
    if (path === prefix.slice(0, -1)) return send(301, "", { location: prefix });
    if (!path.startsWith(prefix)) return send(404, "not found");
    const file = normalize(join(dir, path.slice(prefix.length)));
    if (file !== dir && !file.startsWith(dir + sep)) return send(403, "forbidden");
    let target = file;
    const kind = fileAt(file);
    if (kind === "dir") {
      if (!path.endsWith("/")) return send(301, "", { location: encodeURI(path + "/") });
      target = join(file, "index.html");
    }
    if (fileAt(target) !== "file") {
      const notFound = join(dir, "404.html");
      if (fileAt(notFound) === "file") return sendPage(404, notFound);
      return send(404, "not found");
    }
    if (extname(target) === ".html") return sendPage(200, target);
    res.writeHead(200, { "content-type": TYPES[extname(target)] ?? "application/octet-stream", "cache-control": "no-cache" });
    if (req.method === "HEAD") return res.end();
    createReadStream(target).pipe(res);
  });
  return new Promise((resolvePromise, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const address = server.address();
      const url = `http://${host}:${address.port}${prefix}`;
      resolvePromise({ url, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { url } = await startServer({
    root: process.env.SITE_DIR ?? "dist",
    base: process.env.SITE_BASE ?? "/",
    port: Number(process.env.PORT ?? 4321),
    host: process.env.HOST ?? "127.0.0.1",
  });
  console.log(`手册已启动：${url}  （按 Ctrl+C 停止）`);
}
