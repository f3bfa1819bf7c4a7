// HTTP load with autocannon, reported the way docs/scaling.md uses it: requests/s, p50/p95/p99
// latency (computed from every response, since autocannon's histogram has no p95) and errors.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import autocannon from "autocannon";

export interface LoadResult {
  label: string;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** Connection errors and timeouts. */
  errors: number;
  non2xx: number;
  statusCodes: Record<string, number>;
}

export interface LoadOptions {
  label: string;
  url: string;
  connections: number;
  seconds: number;
  headers?: Record<string, string>;
  /** Varies each request (path, headers), e.g. to rotate reps and API tokens. */
  nextRequest?: (sequence: number) => { path?: string; headers?: Record<string, string> };
}

function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? Number.NaN;
}

export interface RunningLoad {
  result: Promise<LoadResult>;
  stop(): void;
}

export function startLoad(options: LoadOptions): RunningLoad {
  let sequence = 0;
  const latencies: number[] = [];
  const next = options.nextRequest;
  const instance = autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    timeout: 10,
    headers: options.headers,
    requests: next
      ? [
          {
            setupRequest: (request) => {
              const change = next(sequence++);
              return { ...request, ...(change.path ? { path: change.path } : {}), headers: { ...request.headers, ...change.headers } };
            },
          },
        ]
      : undefined,
  });
  instance.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
  const result = Promise.resolve(instance).then((raw) => {
    latencies.sort((a, b) => a - b);
    const statusCodes = Object.fromEntries(Object.entries(raw.statusCodeStats ?? {}).map(([code, stats]) => [code, Number(stats.count)]));
    const requests = latencies.length;
    return {
      label: options.label,
      seconds: raw.duration,
      requests,
      requestsPerSecond: raw.duration > 0 ? requests / raw.duration : 0,
      p50: percentile(latencies, 0.5),
      p95: percentile(latencies, 0.95),
      p99: percentile(latencies, 0.99),
      errors: raw.errors,
      non2xx: raw.non2xx,
      statusCodes,
    };
  });
  return { result, stop: () => instance.stop() };
}

export function runLoad(options: LoadOptions): Promise<LoadResult> {
  return startLoad(options).result;
}

export function formatLoad(result: LoadResult): string {
  const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(value < 10 ? 1 : 0)} ms` : "—");
  return `${result.label}: ${result.requestsPerSecond.toFixed(1)} req/s (${result.requests} in ${result.seconds.toFixed(1)} s), p50 ${ms(result.p50)}, p95 ${ms(result.p95)}, p99 ${ms(result.p99)}, errors ${result.errors}, non-2xx ${result.non2xx}`;
}

/**
 * Open-loop load: requests leave at a fixed arrival rate whether or not earlier ones have answered
 * (a closed loop of N connections slows its own arrivals down when the server does, which hides
 * queueing). Latency counts from the scheduled start, so a late send counts against the server.
 * Requests are dealt round-robin over `urls` (one per instance, like a load balancer).
 */
export async function runOpenLoop(options: { label: string; urls: string[]; rate: number; seconds: number; headers?: Record<string, string>; timeoutMs?: number }): Promise<LoadResult> {
  const total = Math.round(options.rate * options.seconds);
  const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
  const targets = options.urls.map((url) => new URL(url));
  const latencies: number[] = [];
  const statusCodes: Record<string, number> = {};
  let errors = 0;
  let non2xx = 0;
  const send = (scheduled: number, target: URL) =>
    new Promise<void>((resolve) => {
      const request = http.request(
        { host: target.hostname, port: target.port, path: `${target.pathname}${target.search}`, headers: options.headers, agent, timeout: options.timeoutMs ?? 10_000 },
        (response) => {
          response.on("data", () => undefined);
          response.on("end", () => {
            latencies.push(performance.now() - scheduled);
            const code = String(response.statusCode ?? 0);
            statusCodes[code] = (statusCodes[code] ?? 0) + 1;
            if (!response.statusCode || response.statusCode >= 300) non2xx++;
            resolve();
          });
        },
      );
      request.on("timeout", () => request.destroy(new Error("timeout")));
      request.on("error", () => {
        errors++;
        resolve();
      });
      request.end();
    });
  const started = performance.now();
  const inFlight: Promise<void>[] = [];
  for (let index = 0; index < total; index++) {
    const scheduled = started + (index * 1000) / options.rate;
    const wait = scheduled - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    inFlight.push(send(scheduled, targets[index % targets.length]!));
  }
  await Promise.all(inFlight);
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    label: options.label,
    seconds,
    requests: latencies.length,
    requestsPerSecond: latencies.length / seconds,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    errors,
    non2xx,
    statusCodes,
  };
}

const CLOCK_TICKS_PER_SECOND = (() => {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** User + system CPU (ms) of a process and its descendants so far, from /proc (Linux). */
export function processTreeCpuMs(pid: number): number {
  const stats = new Map<number, { ppid: number; ticks: number }>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const text = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      // Fields after the command name (which may hold spaces): state ppid … utime(14) stime(15).
      const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
      stats.set(Number(entry), { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // the process ended meanwhile
    }
  }
  let ticks = 0;
  const pending = [pid];
  while (pending.length) {
    const current = pending.pop()!;
    ticks += stats.get(current)?.ticks ?? 0;
    for (const [child, stat] of stats) if (stat.ppid === current) pending.push(child);
  }
  return (ticks * 1000) / CLOCK_TICKS_PER_SECOND;
}
