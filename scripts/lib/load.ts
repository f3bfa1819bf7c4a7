// HTTP load with autocannon, reported the way docs/scaling.md uses it: requests/s, p50/p95/p99
// latency (computed from every response, since autocannon's histogram has no p95) and errors.
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
