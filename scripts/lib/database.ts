// Which PostgreSQL a script talks to: DATABASE_URL when set, else the embedded one under .data/.
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded-postgres";

export const EMBEDDED_DATA_DIR = path.resolve(".data/pglite");
export const EMBEDDED_DEV_PORT = 54329;

export async function openDatabase(options: { dataDir?: string; port?: number } = {}): Promise<{ url: string; embedded: EmbeddedPostgres | null }> {
  const configured = process.env.DATABASE_URL?.trim();
  if (configured) return { url: configured, embedded: null };
  const embedded = await startEmbeddedPostgres({ dataDir: options.dataDir ?? EMBEDDED_DATA_DIR, port: options.port ?? EMBEDDED_DEV_PORT, quiet: true });
  return { url: embedded.url, embedded };
}

/** Runs `work` against the configured or embedded database, stopping the embedded one afterwards. */
export async function withDatabase<T>(work: (databaseUrl: string) => Promise<T>): Promise<T> {
  const { url, embedded } = await openDatabase();
  try {
    return await work(url);
  } finally {
    await embedded?.stop();
  }
}
