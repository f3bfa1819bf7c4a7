// First-load JavaScript of an App Router page, read from a Turbopack production build: the root
// chunks every page loads (build-manifest.json's rootMainFiles) plus the chunks of the page's
// layouts, boundaries and the page itself (its client-reference manifest's entryJSFiles). Chunks
// loaded later (next/dynamic, a plot that comes on screen) are not in it, by design. Polyfills are
// left out: modern browsers never fetch them (nomodule).
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const APP_SERVER_DIR = ".next/server/app";

function findPageDir(route: string, dir = APP_SERVER_DIR): string | null {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      const found = findPageDir(route, full);
      if (found) return found;
    } else if (entry.name === "page_client-reference-manifest.js") {
      const segments = path
        .relative(APP_SERVER_DIR, dir)
        .split(path.sep)
        .filter((segment) => segment && !/^\(.*\)$/.test(segment));
      if (`/${segments.join("/")}` === route) return dir;
    }
  }
  return null;
}

export function firstLoadJavaScript(route: string): { files: number; bytes: number; gzipBytes: number } {
  const dir = findPageDir(route);
  if (!dir) throw new Error(`no page for ${route} in ${APP_SERVER_DIR}: build first`);
  const build = JSON.parse(fs.readFileSync(path.join(dir, "page", "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
  // The manifest is a script that assigns globalThis.__RSC_MANIFEST[page]: evaluate it in a sandbox object.
  const sandbox: { __RSC_MANIFEST: Record<string, { entryJSFiles: Record<string, string[]> }> } = { __RSC_MANIFEST: {} };
  new Function("globalThis", fs.readFileSync(path.join(dir, "page_client-reference-manifest.js"), "utf8"))(sandbox);
  const files = new Set(build.rootMainFiles);
  for (const manifest of Object.values(sandbox.__RSC_MANIFEST))
    for (const chunks of Object.values(manifest.entryJSFiles)) for (const chunk of chunks) files.add(chunk);
  let bytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const content = fs.readFileSync(path.join(".next", file));
    bytes += content.length;
    gzipBytes += gzipSync(content).length;
  }
  return { files: files.size, bytes, gzipBytes };
}
