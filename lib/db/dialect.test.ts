// The pieces of raw SQL that differ between the databases, as each database is chosen by
// DATABASE_URL. (The queries themselves run on both in the whole suite: FRESCO_TEST_POSTGRES_URL.)
import { afterEach, describe, expect, it } from "vitest";
import { dialect, placeholders, promptSearch, timestampText } from "./dialect";

const original = process.env.DATABASE_URL;
afterEach(() => {
  if (original === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = original;
});
const on = (url: string) => (process.env.DATABASE_URL = url);

describe("on PostgreSQL", () => {
  it("is chosen by a postgres:// or postgresql:// URL", () => {
    on("postgres://u@db/fresco");
    expect(dialect()).toBe("postgresql");
    on("postgresql://u@db/fresco");
    expect(dialect()).toBe("postgresql");
    on("file:/tmp/x.db");
    expect(dialect()).toBe("sqlite");
  });

  it("numbers the placeholders of an unsafe raw query in order", () => {
    on("postgresql://u@db/fresco");
    expect(placeholders(`SELECT 1 WHERE a = ? AND (b, c) < (?, ?) LIMIT ?`)).toBe(`SELECT 1 WHERE a = $1 AND (b, c) < ($2, $3) LIMIT $4`);
  });

  it("searches with prefix terms on the indexed expression, the words only as a bound value", () => {
    on("postgresql://u@db/fresco");
    const search = promptSearch("g", ["café", "zur"]);
    expect(search.sql).toContain(`to_tsvector('simple'::regconfig, "fresco_unaccent"(g."prompt"))`);
    expect(search.arg).toBe("café:* & zur:*");
  });

  it("writes a timestamp as the text SQLite stores, so page keys look alike", () => {
    on("postgresql://u@db/fresco");
    expect(timestampText(`i."createdAt"`)).toBe(`to_char(i."createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"+00:00"')`);
  });
});

describe("on SQLite", () => {
  it("leaves placeholders as they are and searches FTS5 with quoted prefix words", () => {
    on("file:/tmp/x.db");
    expect(placeholders("a = ? AND b = ?")).toBe("a = ? AND b = ?");
    expect(promptSearch("g", ['say"', "hi"]).arg).toBe('"say"""* "hi"*');
  });
});
