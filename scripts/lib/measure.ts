export async function median(runs: number, work: () => Promise<unknown> | unknown): Promise<number> {
  await work(); // warm-up: caches, JIT, plans
  const timings: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    await work();
    timings.push(performance.now() - started);
  }
  timings.sort((a, b) => a - b);
  return timings[Math.floor(timings.length / 2)] ?? Number.NaN;
}

/**
 * A measurement and its floor, alternated run by run (floor, measured, floor, measured …) so the
 * ratio compares the two under the same load: on a shared machine, medians taken one after the
 * other drift apart with whatever else runs in between.
 */
export async function pairedMedians(runs: number, floor: () => Promise<unknown> | unknown, measured: () => Promise<unknown> | unknown): Promise<{ floor: number; measured: number }> {
  await floor();
  await measured();
  const floors: number[] = [];
  const measurements: number[] = [];
  for (let run = 0; run < runs; run++) {
    for (const [work, timings] of [
      [floor, floors],
      [measured, measurements],
    ] as const) {
      const started = performance.now();
      await work();
      timings.push(performance.now() - started);
    }
  }
  const middle = (timings: number[]) => timings.sort((a, b) => a - b)[Math.floor(timings.length / 2)] ?? Number.NaN;
  return { floor: middle(floors), measured: middle(measurements) };
}

export function formatMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;
}

/** Signs in through Auth.js's credentials endpoint and returns the session cookie header. */
export async function signInOverHttp(baseUrl: string, email: string, password: string): Promise<string> {
  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const cookies = (csrfResponse.headers.getSetCookie?.() ?? []).map((cookie) => cookie.split(";")[0]).join("; ");
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies },
    body: new URLSearchParams({ csrfToken, email, password }),
  });
  const session = (response.headers.getSetCookie?.() ?? []).map((cookie) => cookie.split(";")[0]).find((cookie) => cookie?.includes("session-token"));
  if (!session) throw new Error(`sign-in as ${email} failed (status ${response.status})`);
  return session;
}
