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
