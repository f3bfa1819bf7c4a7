// npm run db:migrate            apply pending migrations (idempotent)
// npm run db:migration -- name  write the next migration from the schema diff (needs real PostgreSQL)
// npm run db:check              exit 1 when schema.prisma has changes no migration holds
import { withDatabase } from "./lib/database";
import { createMigration, deployMigrations, schemaDrift } from "./lib/migrations";

const [command = "deploy", name] = process.argv.slice(2);

async function main() {
  await withDatabase(async (databaseUrl) => {
  if (command === "deploy") {
    const applied = await deployMigrations(databaseUrl);
    console.log(applied.length ? `applied ${applied.join(", ")}` : "database is up to date, nothing applied");
  } else if (command === "new") {
    if (!name) throw new Error("usage: npm run db:migration -- <name>");
    const dir = await createMigration(databaseUrl, name);
    console.log(dir ? `created and applied ${dir}` : "schema.prisma matches the migrations: nothing to write");
  } else if (command === "check") {
    const drift = await schemaDrift(databaseUrl);
    if (drift) {
      console.error(`schema.prisma has changes with no migration:\n${drift}`);
      process.exitCode = 1;
    } else console.log("migrations match schema.prisma");
  } else {
    throw new Error(`unknown command '${command}' (deploy, new, check)`);
  }
});
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
