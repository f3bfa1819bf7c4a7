// Counts the SQL statements that reach PostgreSQL while `work` runs: every query of the app goes
// through a node-postgres Client (Prisma's pg adapter included), so its prototype sees them all.
import pg from "pg";

export interface CountedQueries<T> {
  result: T;
  statements: string[];
}

type QueryFn = (...args: unknown[]) => unknown;

export async function countQueries<T>(work: () => Promise<T>): Promise<CountedQueries<T>> {
  const statements: string[] = [];
  const prototype = pg.Client.prototype as unknown as { query: QueryFn };
  const original = prototype.query;
  prototype.query = function (this: unknown, ...args: unknown[]) {
    const [config] = args;
    const text = typeof config === "string" ? config : typeof config === "object" && config !== null && "text" in config ? String((config as { text: unknown }).text) : "";
    statements.push(text);
    return original.apply(this, args);
  };
  try {
    return { result: await work(), statements };
  } finally {
    prototype.query = original;
  }
}
