// npm run db:seed — the demo organization, on DATABASE_URL or the embedded database.
import { withDatabase } from "../scripts/lib/database";
import { runSeed } from "./seed/run-seed";

withDatabase((databaseUrl) => runSeed(databaseUrl)).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
