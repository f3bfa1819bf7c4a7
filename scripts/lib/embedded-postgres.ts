// The embedded default: PGlite behind its PostgreSQL wire-protocol server, in a child process,
// so the app connects with the same driver and only DATABASE_URL changes.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export interface EmbeddedPostgres {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export async function freePort(preferred?: number): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number | null>((resolve) => {
      const server = net.createServer();
      server.once("error", () => resolve(null));
      server.listen(port, "127.0.0.1", () => {
        const address = server.address();
        const chosen = typeof address === "object" && address ? address.port : null;
        server.close(() => resolve(chosen));
      });
    });
  if (preferred) {
    const port = await tryPort(preferred);
    if (port) return port;
  }
  const port = await tryPort(0);
  if (!port) throw new Error("no free TCP port on 127.0.0.1");
  return port;
}

export async function startEmbeddedPostgres(options: { dataDir: string; port?: number; quiet?: boolean }): Promise<EmbeddedPostgres> {
  const dataDir = path.resolve(options.dataDir);
  fs.mkdirSync(dataDir, { recursive: true });
  const port = await freePort(options.port);
  const serverScript = path.join(path.dirname(require.resolve("@electric-sql/pglite-socket")), "scripts", "server.js");
  const child: ChildProcess = spawn(process.execPath, [serverScript, `--db=${dataDir}`, `--port=${port}`, "--host=127.0.0.1", "--max-connections=20"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`embedded PostgreSQL did not start within 60 s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (/listening/i.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`embedded PostgreSQL exited with code ${code}:\n${output}`));
    });
  });
  if (!options.quiet) child.stderr?.on("data", (chunk: Buffer) => process.stderr.write(`[pglite] ${chunk}`));
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
      setTimeout(() => child.kill("SIGKILL"), 10_000).unref();
    });
  return { url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`, port, stop };
}
