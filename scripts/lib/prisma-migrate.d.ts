// @prisma/migrate ships no type declarations; these cover what scripts/lib/migrations.ts uses.
declare module "@prisma/migrate" {
  export class Migrate {
    constructor(options: never);
    applyMigrations(): Promise<{ appliedMigrationNames: string[] }>;
    getPrismaSchema(): Record<string, unknown>;
    stop(): Promise<void>;
  }
  export const SchemaEngineWasm: { setup(options: never): Promise<unknown> };
  const prismaMigrate: { Migrate: typeof Migrate; SchemaEngineWasm: typeof SchemaEngineWasm };
  export default prismaMigrate;
}
