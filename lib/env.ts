// Configuration is parsed once, here; nothing else reads process.env.
import { z } from "zod";

const booleanFlag = z
  .enum(["0", "1", "true", "false"])
  .optional()
  .transform((value) => (value === undefined ? undefined : value === "1" || value === "true"));

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().url("DATABASE_URL must be a postgresql:// URL").optional(),
  DATABASE_REPLICA_URL: z.string().url("DATABASE_REPLICA_URL must be a postgresql:// URL").optional(),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
  // Session lifetime in seconds (default 8 hours) and how often a token is re-issued.
  SESSION_MAX_AGE: z.coerce.number().int().min(300).default(8 * 60 * 60),
  SESSION_UPDATE_AGE: z.coerce.number().int().min(60).default(15 * 60),
  // Job workers in this process (`npm run dev`, `npm start`): on unless WORKERS=0; `npm run worker` always runs them.
  WORKERS: booleanFlag,
  // pg-boss's own connections per process (schema "pgboss", same database as DATABASE_URL).
  JOBS_POOL_MAX: z.coerce.number().int().min(1).max(50).default(4),
  // A running job whose worker died is retried once this many seconds have passed since it started.
  JOB_EXPIRE_SECONDS: z.coerce.number().int().min(10).max(24 * 60 * 60).default(15 * 60),
  SECURE_COOKIES: booleanFlag,
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  // Outgoing email (smtp:// or smtps://user:pass@host:port). Unset: a development outbox, or "email off" in production.
  SMTP_URL: z
    .string()
    .url("SMTP_URL must be an smtp:// or smtps:// URL")
    .refine((value) => /^smtps?:\/\//.test(value), "SMTP_URL must be an smtp:// or smtps:// URL")
    .optional(),
  MAIL_FROM: z.string().min(3).default("Coachboard <no-reply@coachboard.local>"),
  // The address people reach the app at, for links in emails (no request exists when a job sends them).
  APP_URL: z.string().url("APP_URL must be the app's public URL, e.g. https://coach.example.com").default("http://localhost:3000"),
  // Self-service sign-up at /signup; "closed" answers 404 (organizations then come from `npm run org:create`).
  SIGNUP: z.enum(["open", "closed"], "SIGNUP must be open or closed").default("open"),
  // Seals identity providers' client secrets (AES-256-GCM): 32 bytes as 64 hex characters or base64. Without it, single sign-on cannot be set up.
  SSO_SECRET_KEY: z
    .string()
    .optional()
    .refine((value) => value === undefined || value.trim() === "" || /^[0-9a-f]{64}$/i.test(value.trim()) || Buffer.from(value.trim(), "base64").length === 32, "SSO_SECRET_KEY must be 32 bytes, as 64 hex characters or base64 (e.g. `openssl rand -hex 32`)"),
});

export type Env = z.infer<typeof envSchema>;

function parseEnv(): Env {
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new Error(`Invalid environment configuration:\n${problems}`);
  }
  return parsed.data;
}

let parsed: Env | null = null;

/** Parsed on first use (so scripts can point DATABASE_URL at the database they start), then fixed. */
export const env: Env = new Proxy({} as Env, {
  get: (_target, key) => {
    parsed ??= parseEnv();
    return parsed[key as keyof Env];
  },
});

export function requireDatabaseUrl(): string {
  if (!env.DATABASE_URL) {
    throw new Error("DATABASE_URL is not set. Start the app with `npm run dev` (embedded PostgreSQL) or set DATABASE_URL to a PostgreSQL server.");
  }
  return env.DATABASE_URL;
}

/** Whether this process runs job workers (WORKERS unset or 1/true). */
export function workersEnabled(): boolean {
  return env.WORKERS !== false;
}

export const isProduction = process.env.NODE_ENV === "production";
