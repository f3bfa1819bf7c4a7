// Bulk imports on a PostgreSQL server: the rows go through COPY into a scratch (UNLOGGED) staging
// table, and one INSERT … SELECT FROM it … ON CONFLICT inside the import's transaction upserts them
// — PostgreSQL's own floor for loading a file. The staging table is a plain table, not a TEMP one,
// because the transaction that upserts runs on another pooled connection (Prisma's) than the COPY;
// it holds only rows not yet written, and is dropped when the import ends either way.
// The embedded PGlite server cannot take COPY (it loses the protocol's synchronization; see
// STACK.md): callers ask `copySupported` and keep their unnest path there. Decision 0031.
import { randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";

export type CopyValue = string | number | null;

const detected = new WeakMap<pg.Pool, Promise<boolean>>();

/** False on the embedded PGlite server (its version() says so), true on a PostgreSQL server; asked once per pool. */
export function copySupported(pool: pg.Pool): Promise<boolean> {
  let answer = detected.get(pool);
  if (!answer) {
    answer = pool
      .query<{ embedded: boolean }>(`SELECT version() ~* '(pglite|emscripten)' AS embedded`)
      .then((result) => result.rows[0]?.embedded !== true)
      .catch(() => false);
    detected.set(pool, answer);
  }
  return answer;
}

const NEEDS_ESCAPE = /[\\\t\n\r]/;

/** One field in COPY's text format: backslash, tab and line breaks escaped, null as \N. */
function copyField(value: CopyValue): string {
  if (value === null) return "\\N";
  const text = typeof value === "number" ? String(value) : value;
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.replace(/[\\\t\n\r]/g, (char) => (char === "\\" ? "\\\\" : char === "\t" ? "\\t" : char === "\n" ? "\\n" : "\\r"));
}

// Rows per chunk written to the COPY stream: big enough for throughput, small enough for memory.
const CHUNK_ROWS = 10_000;

export interface StagingTable {
  /** A generated identifier, safe to put into SQL text. */
  name: string;
  drop: () => Promise<void>;
}

/**
 * Creates an UNLOGGED staging table with `columns` ("name type" each) and COPYs `rows` into it,
 * calling `onProgress` after each chunk. `row(index)` gives one row's values in column order.
 */
export async function copyIntoStaging(
  pool: pg.Pool,
  columns: readonly string[],
  count: number,
  row: (index: number) => readonly CopyValue[],
  onProgress?: (rowsCopied: number) => void,
): Promise<StagingTable> {
  const name = stagingTableName();
  const drop = async () => {
    await pool.query(`DROP TABLE IF EXISTS ${name}`);
  };
  const client = await pool.connect();
  try {
    await copyIntoNewTable(client, name, columns, count, row, onProgress);
  } catch (error) {
    // A connection that failed mid-COPY is not given back to the pool.
    client.release(true);
    await drop().catch(() => undefined);
    throw error;
  }
  client.release();
  return { name, drop };
}

/** Creates the UNLOGGED table `name` on `client` and COPYs `count` rows into it (autocommit: other connections see them once this resolves). */
export async function copyIntoNewTable(
  client: pg.ClientBase,
  name: string,
  columns: readonly string[],
  count: number,
  row: (index: number) => readonly CopyValue[],
  onProgress?: (rowsCopied: number) => void,
): Promise<void> {
  await client.query(`CREATE UNLOGGED TABLE ${name} (${columns.join(", ")})`);
  function* chunks(): Generator<string> {
    for (let start = 0; start < count; start += CHUNK_ROWS) {
      const end = Math.min(count, start + CHUNK_ROWS);
      const lines: string[] = [];
      for (let index = start; index < end; index++) lines.push(row(index).map(copyField).join("\t"));
      yield `${lines.join("\n")}\n`;
      onProgress?.(end);
    }
  }
  await pipeline(Readable.from(chunks()), client.query(copyFrom(`COPY ${name} FROM STDIN`)));
}

/** A fresh staging table name, safe to put into SQL text. */
export function stagingTableName(): string {
  return `import_staging_${randomUUID().replaceAll("-", "")}`;
}
