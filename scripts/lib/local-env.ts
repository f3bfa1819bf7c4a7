// Scripts read .env like Next does, and get a stable development AUTH_SECRET when none is set.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export function loadLocalEnv(): void {
  for (const file of [".env.local", ".env"]) {
    if (fs.existsSync(file)) process.loadEnvFile(file);
  }
}

/** A secret kept under .data/ so development sessions survive restarts; production must set AUTH_SECRET. */
export function ensureDevAuthSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.resolve(".data/auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  process.env.AUTH_SECRET = fs.readFileSync(file, "utf8").trim();
  return process.env.AUTH_SECRET;
}
