// npm start — the production server (`next start`) after `npm run build`. Unlike `npm run dev` it
// never starts a database of its own: a production instance is one of many on one PostgreSQL, so
// DATABASE_URL and AUTH_SECRET must come from the environment (run `npm run db:migrate` on deploy).
import { spawn } from "node:child_process";
import fs from "node:fs";

const missing = ["DATABASE_URL", "AUTH_SECRET"].filter((name) => !process.env[name]?.trim());
if (missing.length) {
  console.error(`npm start needs ${missing.join(" and ")} in the environment (see README.md, "Environment variables"). For a local try-out use npm run dev.`);
  process.exit(1);
}
if (!fs.existsSync(".next/BUILD_ID")) {
  console.error("No production build found: run npm run build first.");
  process.exit(1);
}

if (!process.env.SMTP_URL?.trim()) {
  console.warn("Email is off: SMTP_URL is not set, so invitations and password resets are not emailed (administrators copy invitation links from Settings → Users).");
}

const next = spawn(process.execPath, [require.resolve("next/dist/bin/next"), "start", "--port", process.env.PORT ?? "3000"], {
  stdio: "inherit",
  env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => next.kill(signal));
next.on("exit", (code) => process.exit(code ?? 0));
