// npm run dev — the whole product on one command: embedded PostgreSQL (unless DATABASE_URL is set),
// migrations, the demo organization on first run, then `next dev`.
import { spawn } from "node:child_process";
import { openDatabase } from "./lib/database";
import { demoAccountsBanner } from "./lib/demo-accounts";
import { ensureDevAuthSecret, loadLocalEnv } from "./lib/local-env";
import { prepareDatabase } from "./lib/prepare-database";

async function main() {
  loadLocalEnv();
  ensureDevAuthSecret();
  const port = process.env.PORT ?? "3000";
  const { url, embedded } = await openDatabase();
  console.log(embedded ? `embedded PostgreSQL on port ${embedded.port} (data in .data/pglite)` : "using DATABASE_URL");
  await prepareDatabase(url, { seed: true });

  const next = spawn(process.execPath, [require.resolve("next/dist/bin/next"), "dev", "--port", port], {
    stdio: ["inherit", "pipe", "inherit"],
    env: { ...process.env, DATABASE_URL: url, NEXT_TELEMETRY_DISABLED: "1" },
  });
  let announced = false;
  next.stdout?.on("data", (chunk: Buffer) => {
    process.stdout.write(chunk);
    if (!announced && /Ready in|ready started|Local:/i.test(chunk.toString())) {
      announced = true;
      console.log(demoAccountsBanner(`http://localhost:${port}`));
    }
  });

  const shutdown = async (code: number) => {
    if (next.exitCode === null) next.kill("SIGTERM");
    await embedded?.stop();
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));
  next.on("exit", (code) => void shutdown(code ?? 0));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
