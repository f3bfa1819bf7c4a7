// The roles, apart from the schemas in users.ts: the user forms (client components) list them, and
// importing anything from a module that imports zod ships all of zod (components/client-bundle.test.ts).
export const ROLES = ["REP", "MANAGER", "VP", "ADMIN"] as const;
