import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: ["node_modules/**", ".next/**", ".data/**", "lib/generated/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-syntax": [
        "error",
        { selector: "MemberExpression[object.name='process'][property.name='env']", message: "Read configuration through lib/env.ts" },
        { selector: "MemberExpression[object.name='viewer'][property.name='role']", message: "Ask the access policy (lib/access/policy.ts: can(viewer, …)) instead of comparing the viewer's role" },
      ],
    },
  },
  {
    // The access policy is the one place that reads a viewer's role (docs/decisions/0012-one-access-policy.md).
    files: ["lib/access/policy.ts"],
    rules: {
      "no-restricted-syntax": ["error", { selector: "MemberExpression[object.name='process'][property.name='env']", message: "Read configuration through lib/env.ts" }],
    },
  },
  // Layer boundaries (docs/architecture.md, docs/decisions/0013-layer-boundaries-in-lint.md);
  // scripts/lint-boundaries.test.ts lints a planted violation of each to prove the rules are live.
  {
    // The engine is pure: nothing of the app, no framework, no database — only its own modules.
    files: ["lib/coaching/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            // lib/format is the one presentation layer, itself pure (next rule): the engine's sentences use the same formatters as the screens.
            { regex: "^@/(?!lib/coaching/|lib/format$)", message: "lib/coaching is the pure engine: it imports nothing of the app but lib/format (pass the data in)." },
            { group: ["../*"], message: "lib/coaching is the pure engine: it imports nothing outside lib/coaching." },
            { group: ["next", "next/*", "react", "react-dom", "server-only", "@prisma/*", "pg", "next-auth"], message: "lib/coaching is the pure engine: no framework, no database." },
          ],
        },
      ],
    },
  },
  {
    // The presentation layer is pure too, so the engine may use it: only its own modules.
    files: ["lib/format/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            { regex: "^@/(?!lib/format/)", message: "lib/format is pure: it imports nothing of the app." },
            { group: ["next", "next/*", "react", "react-dom", "server-only", "@prisma/*", "pg", "next-auth"], message: "lib/format is pure: no framework, no database." },
          ],
        },
      ],
    },
  },
  {
    // Components render what an operation returns: its types only, never the operation, the database or Prisma.
    // Server actions are imported from app/**/actions.ts ("use server" modules, which Next turns into references).
    files: ["components/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/lib/server/*"], allowTypeImports: true, message: "Components take data as props; import only the operation's result type (import type)." },
            { group: ["@/lib/db", "@/lib/generated/prisma/client", "@prisma/*", "pg"], allowTypeImports: true, message: "Components never touch the database or Prisma." },
            { regex: "^@/app/(?!.*/actions$)", message: "Components import only server actions from app/ (app/**/actions.ts), nothing else of a page." },
          ],
        },
      ],
    },
  },
  {
    // Pages, layouts and route handlers only wire: they call lib/server operations, never the database.
    files: ["app/**", "proxy.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@/lib/db", "@/lib/generated/prisma/client", "@prisma/*", "pg"], allowTypeImports: true, message: "Pages and routes call a lib/server operation; the database is read there." }] },
      ],
    },
  },
  {
    // Scripts, tests and tool configs run outside the app and read their own environment.
    files: ["scripts/**", "tests/**", "prisma/**", "*.config.*", "lib/env.ts"],
    rules: { "no-restricted-syntax": "off" },
  },
];

export default config;
