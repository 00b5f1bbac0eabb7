import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// The house rules on who may import what, held by the linter (tests/unit/lint-boundaries.test.ts
// shows them failing). README, "Architecture", says the same in words.

/** Modules that reach the database: the Prisma client, the pg pool, the generated client's runtime. */
const DATABASE = ["@/lib/db", "@/lib/db-client", "@/lib/generated/prisma/client", "**/lib/db", "**/lib/db-client", "**/generated/prisma/client"];

/** Who may import them: the data layer, the search's database modules, auth's adapter, the importers, scripts, seed and tests. */
const DATABASE_ALLOWED = [
  "lib/data/**",
  "lib/db.ts",
  "lib/db-client.ts",
  "lib/search/sql.ts",
  "lib/search/conditions.ts",
  "lib/search/facets.ts",
  "lib/search/index-sync.ts",
  "lib/search/index-load.ts",
  "lib/search-columns.ts",
  "lib/auth/auth.ts",
  "lib/nppes/db-writer.ts",
  "lib/cms/db-writer.ts",
  "scripts/**",
  "prisma/**",
  "tests/**",
];

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", ".next-*/**", "tmp/**", "node_modules/**", "lib/generated/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    files: ["**/*.{ts,tsx,js,mjs,jsx}"],
    ignores: DATABASE_ALLOWED,
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: DATABASE,
              message: "Only the data layer (lib/data) and the search's database modules touch the database: call a lib/data function instead.",
            },
          ],
        },
      ],
    },
  },
  {
    // Components are shared UI: data comes in as props and server actions are passed in by the
    // route, so a component never reaches into the data layer, the database or a route.
    files: ["components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: DATABASE,
              message: "Only the data layer (lib/data) and the search's database modules touch the database: call a lib/data function instead.",
            },
            {
              group: ["@/lib/data", "@/lib/data/*", "**/lib/data/*"],
              message: "Components never import the data layer: take the data as props, and shared types from a neutral module (e.g. lib/search/types.ts).",
            },
            {
              group: ["@/app/*", "@/app/**", "**/app/*"],
              message: "Components never import routes: take server actions as props from the page, and move shared types to lib/.",
            },
          ],
        },
      ],
    },
  },
];

export default config;
