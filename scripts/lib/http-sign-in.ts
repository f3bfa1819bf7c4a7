// One sign-in attempt over HTTP through Auth.js's credentials endpoint, whatever its outcome.
export interface SignInAttempt {
  /** "name=value" of the session cookie, or null when sign-in was refused. */
  session: string | null;
  /** Auth.js's error code from the redirect ("invalid", "locked"), null on success. */
  code: string | null;
  status: number;
}

export async function attemptSignIn(baseUrl: string, email: string, password: string): Promise<SignInAttempt> {
  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const cookies = (csrfResponse.headers.getSetCookie?.() ?? []).map((cookie) => cookie.split(";")[0]).join("; ");
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies },
    body: new URLSearchParams({ csrfToken, email, password }),
  });
  await response.text();
  const session = (response.headers.getSetCookie?.() ?? []).map((cookie) => cookie.split(";")[0] ?? "").find((cookie) => cookie.includes("session-token") && !cookie.endsWith("=")) ?? null;
  const location = response.headers.get("location") ?? "";
  const code = session ? null : (new URL(location, baseUrl).searchParams.get("code") ?? new URL(location, baseUrl).searchParams.get("error") ?? "unknown");
  return { session, code, status: response.status };
}
