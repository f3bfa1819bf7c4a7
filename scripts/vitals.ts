// npm run vitals — Core Web Vitals on a phone (issue #21): builds the app (unless VITALS_REUSE_BUILD=1
// and a build exists), starts `next start`, and runs Lighthouse's mobile profile with its default
// simulated throttling in Debian's Chromium against the signed-in pages each role lives on. Prints
// score, LCP, TBT and CLS beside their targets, the first-load JavaScript of each route (from the
// build's manifests) and the HTML + RSC payload of the team dashboard.
// Database: DATABASE_URL, else the embedded PostgreSQL under .data/pglite; the demo organization is
// seeded when missing. VITALS_RUNS (default 1) repeats the Lighthouse pass (the machine is shared,
// so scores are noisy: report every run). The last run's Lighthouse reports (JSON) are kept in
// .data/vitals/ for their breakdowns (VITALS_TRACES=1 keeps each page's trace beside its report).
// VITALS_CPU_SLOWDOWN overrides Lighthouse's 4× CPU slowdown.
// VITALS_PAGES (comma-separated routes, e.g. "/reps/[repId],/me") measures only those pages.
import { execFile, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { gzipSync } from "node:zlib";
import type { Result } from "lighthouse";
import pg from "pg";
import { DEMO_PASSWORD, DEMO_TEAMS, DEMO_VP } from "../prisma/seed/demo-profiles";
import { ensureChromium } from "./lib/chromium";
import { openDatabase } from "./lib/database";
import { freePort } from "./lib/embedded-postgres";
import { ensureDevAuthSecret, loadLocalEnv } from "./lib/local-env";
import { signInOverHttp } from "./lib/measure";
import { startNextServer, type RunningServer } from "./lib/next-server";
import { prepareDatabase } from "./lib/prepare-database";
import { ensureProductionBuild } from "./lib/production-build";
import { formatKilobytes, formatVitalsTable, type PageVitals } from "./lib/vitals-report";
import { firstLoadJavaScript } from "./lib/first-load-js";

const RUNS = Math.max(1, Number(process.env.VITALS_RUNS ?? 1));
const REPORT_DIR = path.resolve(".data/vitals");
const CPU_SLOWDOWN = process.env.VITALS_CPU_SLOWDOWN ? Number(process.env.VITALS_CPU_SLOWDOWN) : null;
const SAVE_TRACES = process.env.VITALS_TRACES === "1";
const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-extensions",
];
const log = (line: string) => console.log(line);
const require = createRequire(import.meta.url);

/**
 * Lighthouse's own CLI in plain Node: under tsx, esbuild's name helpers (`__name`) end up in the
 * functions Lighthouse sends to the page and the run fails in the browser.
 */
async function runLighthouse(url: string, chromePort: number, cookie: string, reportPath: string): Promise<Result> {
  const cli = require.resolve("lighthouse/cli/index.js");
  const args = [
    cli,
    url,
    `--port=${chromePort}`,
    "--output=json",
    `--output-path=${reportPath}`,
    "--only-categories=performance",
    "--quiet",
    `--extra-headers=${JSON.stringify({ Cookie: cookie })}`,
  ];
  // Lighthouse's default is a 4× CPU slowdown of the machine it runs on, calibrated for an idle
  // desktop; VITALS_CPU_SLOWDOWN overrides it (e.g. 1 on a machine whose benchmark index is already
  // a phone's). The default run is the figure the targets are read against.
  if (CPU_SLOWDOWN) args.push(`--throttling.cpuSlowdownMultiplier=${CPU_SLOWDOWN}`);
  // The trace and DevTools log beside the report, for Lantern's graph (which requests and tasks an
  // estimate counted) and DevTools' performance panel.
  if (SAVE_TRACES) args.push("--save-assets");
  await promisify(execFile)(process.execPath, args, { maxBuffer: 256 * 1024 * 1024 });
  return JSON.parse(fs.readFileSync(reportPath, "utf8")) as Result;
}

interface Target {
  /** The route pattern, for the first-load JS table. */
  route: string;
  path: string;
  role: string;
  email: string;
}

/** The demo organization's pages for each role: the manager's team, a rep, a one-on-one; a rep's home; the VP's rollup. */
async function findTargets(databaseUrl: string): Promise<Target[]> {
  const manager = DEMO_TEAMS[0]!.manager.email;
  const rep = DEMO_TEAMS[0]!.reps[1]!.email;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const one = async (sql: string, values: string[]) => {
      const { rows } = await client.query<{ id: string }>(sql, values);
      if (!rows[0]) throw new Error(`demo data missing for: ${sql}`);
      return rows[0].id;
    };
    const teamId = await one(`SELECT t.id FROM "Team" t JOIN "User" u ON u.id = t."managerId" WHERE u.email = $1`, [manager]);
    const repId = await one(`SELECT id FROM "User" WHERE email = $1`, [rep]);
    // The richest meeting: a completed one carries its KPI snapshot, commitments and notes.
    const oneOnOneId = await one(
      `SELECT o.id FROM "OneOnOne" o JOIN "User" c ON c.id = o."coachId" WHERE c.email = $1 AND o.kind = 'REP' ORDER BY (o.status = 'COMPLETED') DESC, o."scheduledAt" DESC LIMIT 1`,
      [manager],
    );
    return [
      { route: "/team/[teamId]", path: `/team/${teamId}`, role: "manager", email: manager },
      { route: "/reps/[repId]", path: `/reps/${repId}`, role: "manager", email: manager },
      { route: "/me", path: "/me", role: "rep", email: rep },
      { route: "/one-on-ones/[id]", path: `/one-on-ones/${oneOnOneId}`, role: "manager", email: manager },
      { route: "/org", path: "/org", role: "VP", email: DEMO_VP.email },
    ];
  } finally {
    await client.end();
  }
}

/** Debian's Chromium with a DevTools port for Lighthouse to drive. */
async function launchChromium(): Promise<{ port: number; process: ChildProcess; stop(): Promise<void> }> {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "coachboard-vitals-"));
  const child = spawn(ensureChromium(), [...CHROMIUM_FLAGS, "--remote-debugging-port=0", `--user-data-dir=${userDataDir}`, "about:blank"], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => reject(new Error(`Chromium did not open a DevTools port:\n${output}`)), 30_000);
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.once("exit", (code) => reject(new Error(`Chromium exited with ${code}:\n${output}`)));
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      const done = () => {
        // Chromium's helper processes may still be writing into the profile as the browser exits.
        try {
          fs.rmSync(userDataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
        } catch {
          // a scratch directory under the OS temp dir: left for the OS
        }
        resolve();
      };
      if (child.exitCode !== null) return done();
      child.once("exit", done);
      child.kill("SIGTERM");
    });
  return { port, process: child, stop };
}

async function measurePage(
  url: string,
  cookie: string,
  chromePort: number,
  target: Target,
): Promise<PageVitals & { benchmarkIndex: number; scriptBytes: number; consoleErrors: number }> {
  // The whole report, for Lighthouse's own breakdown (main-thread work, layout shifts, the trace's timings).
  fs.mkdirSync(REPORT_DIR, { recursive: true });
  const lhr = await runLighthouse(url, chromePort, cookie, path.join(REPORT_DIR, `${target.route.replace(/[^a-z]+/gi, "-").replace(/^-|-$/g, "")}.json`));
  if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.message}`);
  const finalUrl = new URL(lhr.finalDisplayedUrl);
  if (finalUrl.pathname !== target.path) throw new Error(`${target.path} ended on ${finalUrl.pathname}: not signed in as ${target.role}?`);
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? null;
  const requests = (lhr.audits["network-requests"]?.details as { items?: { resourceType?: string; transferSize?: number }[] } | undefined)?.items ?? [];
  return {
    page: target.path.replace(/\/c[a-z0-9]{20,}/, (segment) => `/${segment.slice(1, 7)}…`),
    role: target.role,
    score: lhr.categories.performance?.score ?? null,
    lcpMs: numeric("largest-contentful-paint"),
    tbtMs: numeric("total-blocking-time"),
    cls: numeric("cumulative-layout-shift"),
    benchmarkIndex: lhr.environment.benchmarkIndex,
    scriptBytes: requests.filter((request) => request.resourceType === "Script").reduce((sum, request) => sum + (request.transferSize ?? 0), 0),
    consoleErrors: (lhr.audits["errors-in-console"]?.details as { items?: unknown[] } | undefined)?.items?.length ?? 0,
  };
}

/** The document a manager downloads for the dashboard, and the RSC payload of a client-side navigation to it. */
async function dashboardPayload(url: string, cookie: string) {
  const html = Buffer.from(await (await fetch(url, { headers: { cookie } })).arrayBuffer());
  const inlineRsc = [...html.toString("utf8").matchAll(/<script[^>]*>self\.__next_f\.push\((.*?)\)<\/script>/gs)].reduce(
    (sum, match) => sum + Buffer.byteLength(match[1]!),
    0,
  );
  const rsc = Buffer.from(await (await fetch(url, { headers: { cookie, rsc: "1" } })).arrayBuffer());
  return { html: html.length, htmlGzip: gzipSync(html).length, inlineRsc, rsc: rsc.length, rscGzip: gzipSync(rsc).length };
}

async function main() {
  loadLocalEnv();
  const authSecret = ensureDevAuthSecret();
  const { url: databaseUrl, embedded } = await openDatabase();
  let server: RunningServer | null = null;
  let chromium: Awaited<ReturnType<typeof launchChromium>> | null = null;
  try {
    await prepareDatabase(databaseUrl, { seed: true });
    const buildCode = await ensureProductionBuild({
      reuse: process.env.VITALS_REUSE_BUILD === "1",
      env: { DATABASE_URL: databaseUrl, AUTH_SECRET: authSecret },
    });
    if (buildCode !== 0) throw new Error(`next build exited with ${buildCode}`);
    const only = process.env.VITALS_PAGES?.split(",").map((route) => route.trim());
    const targets = (await findTargets(databaseUrl)).filter((target) => !only || only.includes(target.route));
    if (targets.length === 0) throw new Error(`VITALS_PAGES matches none of the measured routes`);
    server = await startNextServer({ port: await freePort(), env: { DATABASE_URL: databaseUrl, AUTH_SECRET: authSecret, WORKERS: "0" } });
    const cookies = new Map<string, string>();
    for (const target of targets) if (!cookies.has(target.email)) cookies.set(target.email, await signInOverHttp(server.url, target.email, DEMO_PASSWORD));
    // Warm-up: the first request of each page compiles nothing in production, but fills caches and JIT.
    for (const target of targets) {
      const response = await fetch(`${server.url}${target.path}`, { headers: { cookie: cookies.get(target.email)! }, redirect: "manual" });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`${target.path} answered ${response.status} to the ${target.role}`);
    }

    log("\nfirst-load JavaScript per route (from .next manifests; bytes as built / gzip):");
    for (const target of targets) {
      const js = firstLoadJavaScript(target.route);
      log(`  ${target.route.padEnd(20)} ${formatKilobytes(js.bytes).padStart(10)} / ${formatKilobytes(js.gzipBytes).padStart(9)} gzip in ${js.files} files`);
    }

    const dashboard = targets.find((target) => target.route === "/team/[teamId]");
    if (dashboard) {
      const payload = await dashboardPayload(`${server.url}${dashboard.path}`, cookies.get(dashboard.email)!);
      log(`\nteam dashboard payload (${dashboard.role}):`);
      log(
        `  HTML document ${formatKilobytes(payload.html)} (${formatKilobytes(payload.htmlGzip)} gzip), of which inline RSC payload ${formatKilobytes(payload.inlineRsc)}`,
      );
      log(`  RSC payload of a client-side navigation ${formatKilobytes(payload.rsc)} (${formatKilobytes(payload.rscGzip)} gzip)`);
    }

    for (let run = 1; run <= RUNS; run++) {
      const results: Awaited<ReturnType<typeof measurePage>>[] = [];
      for (const target of targets) {
        // A fresh browser per page: Lighthouse keeps cookies between runs, and Auth.js's refreshed
        // session cookie from one role's page would ride along to the next role's.
        chromium = await launchChromium();
        results.push(await measurePage(`${server.url}${target.path}`, cookies.get(target.email)!, chromium.port, target));
        await chromium.stop();
        chromium = null;
      }
      log(`\nLighthouse mobile (simulated throttling, CPU slowdown ${CPU_SLOWDOWN ?? "4 (default)"}), run ${run} of ${RUNS}:`);
      log(formatVitalsTable(results));
      // Lighthouse's own CPU benchmark of this machine at each run: an idle desktop scores ~1,000–2,000; lower means
      // the simulated phone is slower than the one the targets assume (a shared, loaded machine), so TBT is inflated.
      log(`  Lighthouse CPU benchmark index per page: ${results.map((result) => Math.round(result.benchmarkIndex)).join(", ")}`);
      log(`  script transferred per page: ${results.map((result) => `${result.page} ${formatKilobytes(result.scriptBytes)}`).join(", ")}`);
      const withErrors = results.filter((result) => result.consoleErrors > 0);
      log(withErrors.length ? `  console errors: ${withErrors.map((result) => `${result.page} ${result.consoleErrors}`).join(", ")}` : "  no console errors");
    }
  } finally {
    await chromium?.stop();
    await server?.stop();
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
