import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "./errors";

function prismaError(code: string, message: string): Error {
  return Object.assign(new Error(`\nInvalid \`prisma.apiToken.findUnique()\` invocation:\n\n\n${message}`), { name: "PrismaClientKnownRequestError", code });
}

describe("isDatabaseUnavailable", () => {
  it("recognises a database that is down, restarting or unreachable", () => {
    // What Prisma 7 with @prisma/adapter-pg throws while PostgreSQL is stopped (seen in npm run test:faults).
    expect(isDatabaseUnavailable(prismaError("P1001", "Can't reach database server at 127.0.0.1:5432"))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" }))).toBe(true);
    expect(isDatabaseUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
  });

  it("leaves other database errors alone", () => {
    expect(isDatabaseUnavailable(prismaError("P2002", "Unique constraint failed on the fields: (`email`)"))).toBe(false);
    expect(isDatabaseUnavailable(new Error('relation "Nope" does not exist'))).toBe(false);
  });
});
