import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Arrows point one way: app → components → lib, and inside lib each layer imports only the
// layers below it (docs/ARCHITECTURE.md, "The shape"). Bottom first; folders in one layer do
// not import each other. Within a folder, import/no-cycle keeps the files from going round.
const LIB_LAYERS = [
  ["lib/errors.ts", "lib/env.ts", "lib/permissions.ts", "lib/data-dir.ts", "lib/generated", "lib/ports", "lib/openapi", "lib/c2pa"],
  ["lib/adapters"],
  ["lib/services.ts"],
  ["lib/access-changed.ts", "lib/images", "lib/canvas", "lib/emulator"],
  ["lib/generations", "lib/provider"],
  ["lib/views"],
  ["lib/db"],
  ["lib/storage", "lib/auth"],
  ["lib/edits"],
  ["lib/jobs"],
  ["lib/events", "lib/submissions", "lib/teams"],
  ["lib/actions"],
  // The move of an embedded install into a team deployment (npm run move): a tool over both databases and stores.
  ["lib/move"],
  // Start-up and test helpers: they may import any layer, and no layer imports them.
  // The graceful stop: what start-up installs, and what /api/ready asks.
  ["lib/shutdown.ts"],
  ["lib/readiness.ts"],
  ["lib/boot.ts", "lib/testing"],
];

// A new entry under lib/ has to be given a place, or nothing would hold its arrows.
const placed = new Set(LIB_LAYERS.flat());
const unplaced = readdirSync(path.join(import.meta.dirname, "lib"), { withFileTypes: true })
  .filter((e) => (e.isDirectory() ? readdirSync(path.join(e.parentPath, e.name)).length > 0 : /\.tsx?$/.test(e.name) && !/\.(test|d)\.tsx?$/.test(e.name)))
  .map((e) => `lib/${e.name}`)
  .filter((entry) => !placed.has(entry));
if (unplaced.length) throw new Error(`eslint.config.mjs: give ${unplaced.join(", ")} a layer in LIB_LAYERS (docs/ARCHITECTURE.md, "The shape").`);

// One zone per pair, so that the message names both ends of the arrow. No exceptions.
const layerZones = LIB_LAYERS.flatMap((layer, i) => {
  const forbidden = (entry) => [...LIB_LAYERS.slice(i + 1).flat(), ...layer.filter((other) => other !== entry)];
  return layer.flatMap((entry) =>
    forbidden(entry).map((from) => ({
      target: entry,
      from,
      message: `${entry} sits below ${from} in lib's layers (docs/ARCHITECTURE.md, "The shape"): move the code that needs both up to a layer that may import both.`,
    })),
  );
});

// Every module that declares itself server-only: a component may not import it, not even its types.
const serverOnly = (dir) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) && !e.parentPath.includes("generated"))
    .map((e) => path.join(e.parentPath, e.name))
    .filter((file) => /^import "server-only";$/m.test(readFileSync(file, "utf8")))
    .map((file) => `./${path.relative(import.meta.dirname, file)}`);

const directionZones = [
  { target: "./lib", from: ["./app", "./components"], message: "lib never imports app/ or components/: arrows point app → components → lib." },
  { target: "./components", from: ["./app"], message: "Components never import from app/: server actions live in lib/actions/<feature>/." },
  {
    target: "./components",
    from: ["./lib/db", "./lib/jobs", "./lib/storage", "./lib/generated"],
    message: "Components never query: the page or layout loads the data (through lib) and passes it as props.",
  },
  {
    target: "./components",
    from: serverOnly(path.join(import.meta.dirname, "lib")),
    message: "A server-only module: the page or layout calls it and passes the result as props (shapes live in lib/views).",
  },
];

const TESTS = ["**/*.test.ts", "**/*.test.tsx"];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    files: ["app/**", "components/**", "lib/**"],
    // no-cycle follows our own modules only: packages and the generated Prisma client cannot
    // import ours back, and parsing them would be most of the lint's time.
    settings: { "import/ignore": ["node_modules", "lib/generated"] },
    rules: {
      "import/no-restricted-paths": ["error", { basePath: import.meta.dirname, zones: [...directionZones, ...layerZones] }],
      "import/no-cycle": ["error", { ignoreExternal: true }],
    },
  },
  {
    // A test may reach across lib's layers to set up its case, never into app/ from lib or components.
    files: TESTS,
    rules: { "import/no-restricted-paths": ["error", { basePath: import.meta.dirname, zones: directionZones }] },
  },
  globalIgnores([".next/**", "node_modules/**", "lib/generated/**", "data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"]),
]);
