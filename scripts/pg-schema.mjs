#!/usr/bin/env node
// prisma/schema.prisma is the one data model. The PostgreSQL twin differs only in its
// datasource provider and the folder its client is generated into, so it is written from the
// first by this script (`npm run db:pg-schema`) rather than kept by hand; a unit test fails
// when the committed twin has drifted.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const sqliteSchemaPath = path.join(root, "prisma", "schema.prisma");
export const pgSchemaPath = path.join(root, "prisma", "postgresql", "schema.prisma");

const header =
  "// GENERATED from prisma/schema.prisma by scripts/pg-schema.mjs — edit that file, then run\n" +
  "// `npm run db:pg-schema`. Same models on PostgreSQL, with the client in lib/generated/prisma-pg.\n";

/** Replaces exactly one match of `pattern` in `text`, or throws (the source changed shape). */
function replaceOnce(text, pattern, replacement) {
  const matches = text.match(new RegExp(pattern.source, "g")) ?? [];
  if (matches.length !== 1) throw new Error(`pg-schema: expected one match of ${pattern}, found ${matches.length}`);
  return text.replace(pattern, replacement);
}

/** The PostgreSQL schema text for a given SQLite schema text. */
export function postgresSchema(sqliteText) {
  let text = sqliteText;
  text = replaceOnce(text, /output(\s*)= "\.\.\/lib\/generated\/prisma"/, 'output$1= "../../lib/generated/prisma-pg"');
  text = replaceOnce(text, /provider = "sqlite"/, 'provider = "postgresql"');
  // A literal url keeps the CLI from downloading an engine; the adapter supplies the real one.
  text = replaceOnce(text, /url(\s*)= "file:\.\/dev\.db"/, 'url$1= "postgresql://localhost/fresco"');
  return header + text;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(pgSchemaPath, postgresSchema(readFileSync(sqliteSchemaPath, "utf8")));
  console.log(`wrote ${path.relative(root, pgSchemaPath)}`);
}
