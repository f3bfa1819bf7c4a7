// Calls route handlers directly with real Requests: the full handler, wrapper and database,
// without a network hop.
import { db } from "@/lib/db";
import { generateApiToken } from "@/lib/security/api-token";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

export async function createApiToken(organizationId: string, name = "test token"): Promise<string> {
  const { token, tokenHash, prefix } = generateApiToken();
  await db.apiToken.create({ data: { organizationId, name, tokenHash, prefix } });
  return token;
}

export async function callApi(
  handler: Handler,
  options: { token?: string | null; method?: string; path?: string; params?: Record<string, string>; query?: Record<string, string>; json?: unknown; body?: string; contentType?: string },
) {
  const url = new URL(`http://localhost${options.path ?? "/api/v1/test"}`);
  for (const [key, value] of Object.entries(options.query ?? {})) url.searchParams.set(key, value);
  const headers = new Headers();
  if (options.token) headers.set("authorization", `Bearer ${options.token}`);
  let body: string | undefined = options.body;
  if (options.json !== undefined) {
    body = JSON.stringify(options.json);
    headers.set("content-type", "application/json");
  }
  if (options.contentType) headers.set("content-type", options.contentType);
  const request = new Request(url, { method: options.method ?? (body === undefined ? "GET" : "POST"), headers, body });
  const response = await handler(request, { params: Promise.resolve(options.params ?? {}) });
  const text = await response.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = text;
  }
  return { status: response.status, headers: response.headers, json: json as Record<string, unknown> & { error?: { code: string; message: string; details: unknown } } };
}
