/** Every link and anchor of the built site leads somewhere: pages, files and #ids (no browser needed).
 * Hashes with `=` are the calculator's state (`#clause=…`), not anchors. */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const DIST = "dist";
const BASE = (process.env.SITE_BASE ?? "/").replace(/\/?$/, "/");

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "pagefind" ? [] : htmlFiles(path);
    return name.endsWith(".html") ? [path] : [];
  });
}

/** The file a site URL path is served from, or null. */
function fileOf(pathname: string): string | null {
  if (!pathname.startsWith(BASE)) return null;
  const path = join(DIST, decodeURIComponent(pathname.slice(BASE.length)));
  if (existsSync(path) && statSync(path).isFile()) return path;
  const index = join(path, "index.html");
  return existsSync(index) ? index : null;
}

const ids = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let set = ids.get(file);
  if (!set) {
    set = new Set([...readFileSync(file, "utf8").matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
    ids.set(file, set);
  }
  return set;
}

describe("the built site's links", () => {
  const files = existsSync(DIST) ? htmlFiles(DIST) : [];

  it("has pages to check", () => {
    expect(files.length).toBeGreaterThan(40);
  });

  it("leads every internal href and src to a file, and every #anchor to an id on its page", () => {
    const broken: string[] = [];
    for (const file of files) {
      const html = readFileSync(file, "utf8");
      const page = "/" + file.slice(DIST.length + 1).replace(/index\.html$/, "");
      for (const [, , raw] of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
        const value = raw!.replace(/&amp;/g, "&");
        if (/^(https?:|mailto:|data:|javascript:)/.test(value)) {
          broken.push(`${file}：指向外部 ${value}`);
          continue;
        }
        const url = new URL(value, "http://site" + BASE.slice(0, -1) + page);
        const target = fileOf(url.pathname);
        if (!target) broken.push(`${file}：${value} 不存在`);
        else if (url.hash && !url.hash.includes("=") && target.endsWith(".html") && !idsOf(target).has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${file}：${value} 的锚点不存在`);
      }
    }
    expect(broken).toEqual([]);
  });
});
