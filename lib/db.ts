// The one Prisma client of the app, through the node-postgres adapter: the same code runs on the
// embedded PGlite server, a real PostgreSQL, or PgBouncer in transaction mode.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env, requireDatabaseUrl } from "@/lib/env";

// DATE columns are calendar days: keep them as "YYYY-MM-DD" strings in raw queries, never shifted by a time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (value: string) => value);

export function createPool(connectionString: string, max = env.DB_POOL_MAX): pg.Pool {
  const pool = new pg.Pool({ connectionString, max, idleTimeoutMillis: 30_000, connectionTimeoutMillis: 10_000 });
  // A dropped connection (database restart) must not crash the process; the pool reconnects.
  pool.on("error", (error) => console.error(JSON.stringify({ level: "error", msg: "postgres pool error", error: error.message })));
  return pool;
}

export function createPrismaClient(pool: pg.Pool): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg(pool) });
}

interface DatabaseHandles {
  pool: pg.Pool;
  prisma: PrismaClient;
  replicaPool: pg.Pool;
  replica: PrismaClient;
}

const globalForDb = globalThis as unknown as { coachboardDb?: DatabaseHandles };

function connect(): DatabaseHandles {
  const pool = createPool(requireDatabaseUrl());
  const prisma = createPrismaClient(pool);
  if (!env.DATABASE_REPLICA_URL) return { pool, prisma, replicaPool: pool, replica: prisma };
  const replicaPool = createPool(env.DATABASE_REPLICA_URL);
  return { pool, prisma, replicaPool, replica: createPrismaClient(replicaPool) };
}

function handles(): DatabaseHandles {
  // One set of pools per process, also across Next's hot reloads in development.
  globalForDb.coachboardDb ??= connect();
  return globalForDb.coachboardDb;
}

/** The primary: every write, and every read that must see the caller's own writes. */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get: (_target, property) => Reflect.get(handles().prisma, property),
});

/** Heavy read-only work (dashboards, rollups, exports, the priorities API): the replica when configured. */
export const readDb: PrismaClient = new Proxy({} as PrismaClient, {
  get: (_target, property) => Reflect.get(handles().replica, property),
});

export function primaryPool(): pg.Pool {
  return handles().pool;
}

export function readPool(): pg.Pool {
  return handles().replicaPool;
}
