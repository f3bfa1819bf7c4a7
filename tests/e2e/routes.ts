// Discovers every page and API route from the file system, as URL patterns like "/reps/[repId]".
import fs from "node:fs";
import path from "node:path";

function walk(dir: string, found: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, found);
    else if (entry.name === "page.tsx" || entry.name === "route.ts") found.push(full);
  }
  return found;
}

export interface DiscoveredRoute {
  pattern: string;
  kind: "page" | "api";
  file: string;
}

export function discoverRoutes(appDir = path.resolve("app")): DiscoveredRoute[] {
  return walk(appDir)
    .map((file) => {
      const relative = path.relative(appDir, path.dirname(file)).split(path.sep).filter((segment) => segment && !/^\(.*\)$/.test(segment));
      return { pattern: `/${relative.join("/")}`, kind: file.endsWith("route.ts") ? ("api" as const) : ("page" as const), file: path.relative(process.cwd(), file) };
    })
    .sort((a, b) => a.pattern.localeCompare(b.pattern));
}
