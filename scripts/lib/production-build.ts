// `next build` for scripts that drive a production server (cluster test, load bench, fault test).
import { spawn } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export function hasProductionBuild(): boolean {
  return fs.existsSync(".next/BUILD_ID");
}

/** Builds unless `reuse` is set and a build exists. Resolves with next build's exit code. */
export async function ensureProductionBuild(options: { reuse: boolean; env?: Record<string, string | undefined> }): Promise<number> {
  if (options.reuse && hasProductionBuild()) {
    console.log("reusing the production build in .next");
    return 0;
  }
  console.log("next build …");
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [require.resolve("next/dist/bin/next"), "build"], {
      stdio: "inherit",
      env: { ...process.env, ...options.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}
