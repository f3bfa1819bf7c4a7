// Offline Prisma migrations through Prisma's WASM schema engine (the native engine cannot be
// downloaded here). Same `_prisma_migrations` table as `prisma migrate deploy`, so the folder
// stays valid for the native CLI wherever it is available. See docs/decisions/0002-offline-migrations.md.
import fs from "node:fs";
import path from "node:path";
import * as prismaMigrateModule from "@prisma/migrate";
import * as prismaInternalsModule from "@prisma/internals";
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum, type SqlDriverAdapter } from "@prisma/driver-adapter-utils";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

// Both are CommonJS: under ESM their exports arrive on `default`, under CJS on the namespace.
const prismaMigrate = ("default" in prismaMigrateModule ? prismaMigrateModule.default : prismaMigrateModule) as typeof prismaMigrateModule;
const prismaInternals = ("default" in prismaInternalsModule ? prismaInternalsModule.default : prismaInternalsModule) as typeof prismaInternalsModule;
const { Migrate, SchemaEngineWasm } = prismaMigrate;
const { loadSchemaContext, toSchemasWithConfigDir } = prismaInternals;

export const MIGRATIONS_DIR = "prisma/migrations";

// The schema engine reads catalog columns of PostgreSQL's one-byte "char" type (OID 18), which
// @prisma/adapter-pg does not map. Most it reads as text; a check constraint's `constraint_type` it
// reads as a character, and a text value there panics the WASM engine (which then never answers:
// prisma/orm#29635). So the pool hands "char" columns over as text, flagged in their name, and the
// adapter below gives exactly those columns the driver adapters' Character type.
const CHAR_COLUMN = "\u0000char";
const READ_AS_CHARACTER = new Set(["constraint_type"]);

class CatalogPool extends pg.Pool {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- pg's overloads cannot be forwarded with types
  override async query(...args: any[]): Promise<any> {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const result: any = await (super.query as any)(...args);
    for (const field of result?.fields ?? []) {
      if (field.dataTypeID !== 18) continue;
      field.dataTypeID = 25;
      if (READ_AS_CHARACTER.has(field.name)) field.name += CHAR_COLUMN;
    }
    return result;
  }
}

/** The adapter with the flagged "char" columns typed as characters (see CatalogPool). */
function withCharacterColumns<Adapter extends SqlDriverAdapter>(adapter: Adapter): Adapter {
  const queryRaw = adapter.queryRaw.bind(adapter);
  adapter.queryRaw = async (query) => {
    const result = await queryRaw(query);
    result.columnNames.forEach((name, index) => {
      if (!name.endsWith(CHAR_COLUMN)) return;
      result.columnNames[index] = name.slice(0, -CHAR_COLUMN.length);
      result.columnTypes[index] = ColumnTypeEnum.Character;
    });
    return result;
  };
  return adapter;
}

interface MigrationSession {
  applyPending(): Promise<string[]>;
  pendingSchemaSql(): Promise<string>;
  stop(): Promise<void>;
}

async function openSession(databaseUrl: string, cwd = process.cwd()): Promise<MigrationSession> {
  const schemaContext = await loadSchemaContext({
    schemaPath: { configProvidedPath: path.join(cwd, "prisma/schema.prisma") },
    printLoadMessage: false,
    allowNull: false,
    schemaPathArgumentName: "--schema",
    cwd,
  });
  const pool = new CatalogPool({ connectionString: databaseUrl, max: 2 });
  const factory = new PrismaPg(pool as pg.Pool);
  const connect = factory.connect.bind(factory);
  factory.connect = async () => withCharacterColumns(await connect());
  const adapter = bindMigrationAwareSqlAdapterFactory(factory);
  const engine = await SchemaEngineWasm.setup({ adapter, schemaContext } as never);
  const migrate = new Migrate({ engine, schemaContext, migrationsDirPath: path.join(cwd, MIGRATIONS_DIR) } as never);
  return {
    async applyPending() {
      const applied = await migrate.applyMigrations();
      return applied.appliedMigrationNames;
    },
    async pendingSchemaSql() {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the engine's diff is not in the public types
      const { stdout } = await (engine as any).engine.diff({
        from: { tag: "schemaDatasource", ...toSchemasWithConfigDir(schemaContext, cwd) },
        to: { tag: "schemaDatamodel", ...migrate.getPrismaSchema() },
        script: true,
        exitCode: null,
        shadowDatabaseUrl: null,
        filters: { externalTables: [], externalEnums: [] },
      });
      return String(stdout).replace(/^-- This is an empty migration\.\s*$/m, "").trim();
    },
    async stop() {
      await migrate.stop();
      await pool.end().catch(() => undefined);
    },
  };
}

/** Applies pending migrations; returns the names applied (empty when up to date). */
export async function deployMigrations(databaseUrl: string): Promise<string[]> {
  const session = await openSession(databaseUrl);
  try {
    return await session.applyPending();
  } finally {
    await session.stop();
  }
}

/** SQL that schema.prisma needs beyond the migrations (empty when they agree). Needs real PostgreSQL. */
export async function schemaDrift(databaseUrl: string): Promise<string> {
  const session = await openSession(databaseUrl);
  try {
    await session.applyPending();
    return await session.pendingSchemaSql();
  } finally {
    await session.stop();
  }
}

/** Writes the next migration from the diff between the migrated database and schema.prisma. */
export async function createMigration(databaseUrl: string, name: string): Promise<string | null> {
  const session = await openSession(databaseUrl);
  try {
    await session.applyPending();
    const sql = await session.pendingSchemaSql();
    if (!sql) return null;
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const safeName = name.replace(/[^a-z0-9_]+/gi, "_").toLowerCase();
    const dir = path.join(MIGRATIONS_DIR, `${stamp}_${safeName}`);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "migration.sql"), sql + "\n");
    const lock = path.join(MIGRATIONS_DIR, "migration_lock.toml");
    if (!fs.existsSync(lock)) fs.writeFileSync(lock, 'provider = "postgresql"\n');
    await session.applyPending();
    return dir;
  } finally {
    await session.stop();
  }
}
