import path from "node:path";
import { defineConfig } from "vitest/config";
import os from "node:os";

// Integration files side by side, one database per worker (tests/helpers/integration-databases.ts),
// where DATABASE_URL is a PostgreSQL server; one at a time on the embedded one (npm test sets
// DB_EMBEDDED=1) or through PgBouncer (which cannot create databases). The workers inherit the count.
const serverDatabase = Boolean(process.env.DATABASE_URL?.trim()) && process.env.DB_EMBEDDED !== "1";
process.env.INTEGRATION_WORKERS ??= String(serverDatabase ? Math.max(1, Math.min(4, os.availableParallelism())) : 1);
const integrationWorkers = Number(process.env.INTEGRATION_WORKERS) || 1;

const alias = { "@": path.resolve(import.meta.dirname), "server-only": path.resolve(import.meta.dirname, "tests/helpers/server-only-stub.ts") };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "components/**/*.test.ts", "scripts/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts", "lib/server/**/*.integration.test.ts"],
          environment: "node",
          globalSetup: ["tests/helpers/integration-global-setup.ts"],
          setupFiles: ["tests/helpers/integration-setup.ts"],
          // A file truncates its database: on a PostgreSQL server each worker has its own
          // (tests/helpers/integration-databases.ts); on the embedded one, one file at a time.
          fileParallelism: integrationWorkers > 1,
          maxWorkers: integrationWorkers,
          // next-auth's ESM imports "next/server" without an extension; let Vite resolve it.
          server: { deps: { inline: ["next-auth", "@auth/core"] } },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
