// npm run worker — job workers alone (no web server): CSV imports and weekly digests, for
// deployments that run web instances with WORKERS=0 and scale workers separately. Runs with
// `tsx --conditions=react-server` so the server-only modules it shares with the app load.
// Stops on SIGTERM/SIGINT after the running job finishes (up to 20 s; an unfinished import
// rolls back and is retried by another worker once it expires).
import { loadLocalEnv } from "./lib/local-env";

async function main() {
  loadLocalEnv();
  process.env.WORKERS = "1";
  if (!process.env.DATABASE_URL) throw new Error("npm run worker needs DATABASE_URL (the database the app instances use).");
  const { startWorkers } = await import("@/lib/jobs/start-workers");
  const { stopBoss } = await import("@/lib/jobs/boss");
  await startWorkers();
  console.log("workers running; Ctrl+C to stop");
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    await stopBoss();
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown());
  process.on("SIGTERM", () => void shutdown());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
