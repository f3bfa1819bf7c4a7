// The OpenAPI lint stage of `npm test`: the document the server serves, through Spectral with
// spectral:oas and the OWASP API-security ruleset (.spectral.yaml, read from node_modules: no network).
// Ends with "N passed, N failed" (one check: zero errors).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildOpenApiDocument } from "@/lib/server/http/api/openapi";

const directory = fs.mkdtempSync(path.join(os.tmpdir(), "coachboard-openapi-"));
const documentPath = path.join(directory, "openapi.json");
fs.writeFileSync(documentPath, JSON.stringify(buildOpenApiDocument(), null, 2));

const spectral = path.resolve("node_modules", ".bin", "spectral");
const result = spawnSync(spectral, ["lint", documentPath, "--ruleset", path.resolve(".spectral.yaml"), "--fail-severity", "error", "--display-only-failures", ...process.argv.slice(2)], { stdio: "inherit" });
const passed = result.status === 0;
console.log(passed ? "OpenAPI lint: zero errors" : `OpenAPI lint failed (spectral exited with ${result.status ?? result.signal})`);
console.log(`${passed ? 1 : 0} passed, ${passed ? 0 : 1} failed`);
process.exit(passed ? 0 : 1);
