// Next.js calls register() once per server process: `npm run dev` and `npm start` run the job
// workers in process unless WORKERS=0 (web-only instances; run `npm run worker` elsewhere).
const RETRY_MS = 30_000;

export async function register(): Promise<void> {
  // Next replaces this literal at build time (edge vs Node.js bundle); it is not configuration.
  // eslint-disable-next-line no-restricted-syntax
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env, isProduction, workersEnabled } = await import("@/lib/env");
  if (isProduction && !env.SMTP_URL) {
    console.warn(JSON.stringify({ level: "warn", msg: "email is off: SMTP_URL is not set, so invitations and password resets are not emailed; administrators copy invitation links from Settings → Users" }));
  }
  if (!workersEnabled() || !env.DATABASE_URL) return;
  const { startWorkers } = await import("@/lib/jobs/start-workers");
  const start = async (): Promise<void> => {
    try {
      await startWorkers();
    } catch (error) {
      // The web server comes up even when the database is not reachable yet; workers follow.
      console.error(JSON.stringify({ level: "error", msg: "job workers did not start; retrying", error: error instanceof Error ? error.message : String(error) }));
      setTimeout(() => void start(), RETRY_MS).unref();
    }
  };
  await start();
}
