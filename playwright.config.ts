import { defineConfig, devices } from "@playwright/test";

// Run through `npm test`, which builds the app, seeds the demo organization and starts `next start`.
const baseURL = process.env.E2E_BASE_URL ?? "http://127.0.0.1:3000";

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: process.env.E2E_JSON_REPORT ?? "test-results/e2e.json" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
    },
  },
  projects: [
    // Against the seeded demo organization.
    { name: "chromium", use: { ...devices["Desktop Chrome"] }, testIgnore: /first-day\.spec\.ts/ },
    // Against an empty database (migrated, not seeded): npm test's "first day" stage.
    { name: "first-day", use: { ...devices["Desktop Chrome"] }, testMatch: /first-day\.spec\.ts/ },
  ],
});
