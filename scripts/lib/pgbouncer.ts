// Starts Debian's PgBouncer in transaction mode in front of a PostgreSQL, for tests: config in a
// temp dir, trust auth, 127.0.0.1 only. PgBouncer refuses to run as root, so under root it runs
// as the `postgres` user.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { freePort } from "./embedded-postgres";

export interface PgBouncer {
  port: number;
  /** The same database as `databaseUrl`, through PgBouncer. */
  url: string;
  /** PgBouncer's admin console (SHOW STATS, SHOW POOLS). */
  adminUrl: string;
  stop(): Promise<void>;
}

export function findPgBouncer(): string | null {
  for (const candidate of ["/usr/sbin/pgbouncer", "/usr/bin/pgbouncer", "/usr/local/bin/pgbouncer"]) if (fs.existsSync(candidate)) return candidate;
  return null;
}

function runAsUser(): { uid: number; gid: number } | null {
  if (typeof process.getuid !== "function" || process.getuid() !== 0) return null;
  const uid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
  const gid = Number(execFileSync("id", ["-g", "postgres"]).toString().trim());
  return { uid, gid };
}

async function waitForPort(port: number, timeoutMs: number, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`pgbouncer exited with code ${child.exitCode}:\n${log()}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, "127.0.0.1", () => {
        socket.end();
        resolve(true);
      });
      socket.once("error", () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`pgbouncer did not listen on ${port} within ${timeoutMs} ms:\n${log()}`);
}

export async function startPgBouncer(options: { databaseUrl: string; poolSize?: number; maxClientConnections?: number }): Promise<PgBouncer> {
  const binary = findPgBouncer();
  if (!binary) throw new Error("pgbouncer is not installed (Debian/Ubuntu: apt-get install -y pgbouncer)");
  const target = new URL(options.databaseUrl);
  const database = decodeURIComponent(target.pathname.slice(1)) || "postgres";
  const user = decodeURIComponent(target.username) || "postgres";
  const port = await freePort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "coachboard-pgbouncer-"));
  const logFile = path.join(dir, "pgbouncer.log");
  fs.writeFileSync(path.join(dir, "userlist.txt"), `"${user}" ""\n"postgres" ""\n`);
  fs.writeFileSync(
    path.join(dir, "pgbouncer.ini"),
    [
      "[databases]",
      `${database} = host=${target.hostname} port=${target.port || 5432} dbname=${database}`,
      "[pgbouncer]",
      "listen_addr = 127.0.0.1",
      `listen_port = ${port}`,
      "unix_socket_dir =",
      "auth_type = trust",
      `auth_file = ${path.join(dir, "userlist.txt")}`,
      "admin_users = postgres",
      "pool_mode = transaction",
      `default_pool_size = ${options.poolSize ?? 20}`,
      `max_client_conn = ${options.maxClientConnections ?? 500}`,
      // node-postgres sends these at connect; PgBouncer would refuse the connection otherwise.
      "ignore_startup_parameters = extra_float_digits,options,application_name",
      `logfile = ${logFile}`,
      `pidfile = ${path.join(dir, "pgbouncer.pid")}`,
      "",
    ].join("\n"),
  );
  const owner = runAsUser();
  if (owner) execFileSync("chown", ["-R", `${owner.uid}:${owner.gid}`, dir]);
  const child = spawn(binary, [path.join(dir, "pgbouncer.ini")], { stdio: ["ignore", "pipe", "pipe"], ...(owner ?? {}) });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const readLog = () => output + (fs.existsSync(logFile) ? fs.readFileSync(logFile, "utf8").slice(-4000) : "");
  await waitForPort(port, 10_000, child, readLog);
  const credentials = target.password ? `${encodeURIComponent(user)}:${target.password}` : encodeURIComponent(user);
  const stop = () =>
    new Promise<void>((resolve) => {
      const done = () => {
        fs.rmSync(dir, { recursive: true, force: true });
        resolve();
      };
      if (child.exitCode !== null) return done();
      child.once("exit", done);
      child.kill("SIGINT");
      setTimeout(() => child.kill("SIGKILL"), 5_000).unref();
    });
  return {
    port,
    url: `postgresql://${credentials}@127.0.0.1:${port}/${database}`,
    adminUrl: `postgresql://postgres@127.0.0.1:${port}/pgbouncer`,
    stop,
  };
}
