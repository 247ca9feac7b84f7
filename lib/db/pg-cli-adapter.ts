// The PostgreSQL adapter for the Prisma CLI only (migrate deploy/status/diff), never the app.
// Prisma 6.19's wasm schema engine reads the catalog through the driver adapter, and the
// adapter cannot describe columns of type `"char"` (OID 18), `name` (19) or `name[]` (1003):
// "Column type 'name' could not be deserialized" (prisma/orm#27403). This client reports them
// as text (25) and text[] (1009), which is what they hold, so migrate runs without a native engine.
// And the adapter runs a migration script by splitting it on every semicolon, even inside
// comments and function bodies (a PL/pgSQL trigger could never be created): this one sends the
// script whole, which PostgreSQL runs as one implicit transaction.
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";

const AS_TEXT: Record<number, number> = { 18: 25, 19: 25, 1003: 1009 };

type Result = pg.QueryResult | pg.QueryResult[];

function retype(result: Result): Result {
  for (const r of Array.isArray(result) ? result : [result]) {
    for (const field of r?.fields ?? []) field.dataTypeID = AS_TEXT[field.dataTypeID] ?? field.dataTypeID;
  }
  return result;
}

class CatalogClient extends pg.Client {
  // pg.Pool calls query with a callback; the adapter's own connections use the promise.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  query(config: any, values?: any, callback?: any): any {
    const cb = typeof values === "function" ? values : callback;
    const vals = typeof values === "function" ? undefined : values;
    if (cb) return super.query(config, vals, (err: Error, res: Result) => cb(err, res && retype(res)));
    return (super.query(config, vals) as Promise<Result>).then(retype);
  }
}

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;

class MigrationPg extends PrismaPg {
  async connect(): Promise<Adapter> {
    const adapter = await super.connect();
    const pool = adapter.underlyingDriver();
    adapter.executeScript = async (script: string) => {
      try {
        await pool.query(script);
      } catch (error) {
        // The adapter's own translation into the error the schema engine reports.
        (adapter as unknown as { onError(e: unknown): never }).onError(error);
      }
    };
    return adapter;
  }
}

export function cliPgAdapter(url: string): PrismaPg {
  // name[] arrives as '{a,b}' text unless it is parsed like text[].
  // (pg's TypeId enum lists neither OID.)
  pg.types.setTypeParser(1003 as never, pg.types.getTypeParser(1009 as never));
  // A short idle timeout lets the CLI exit as soon as it is done instead of lingering.
  return new MigrationPg({ connectionString: url, idleTimeoutMillis: 200, Client: CatalogClient });
}
