// Proves the "one door" rule by reading the source: every exported server action is built
// from one of the action clients, and every route handler is wrapped by withTeam (Auth.js's
// own endpoints excepted). A new bare action or route makes this test fail.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const APP = path.resolve(__dirname, "../../app");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const p = path.join(dir, entry);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

const source = files(APP).filter((f) => /\.(ts|tsx)$/.test(f) && !f.endsWith(".test.ts"));
const rel = (f: string) => path.relative(APP, f);

const PUBLIC_ACTIONS = new Set(["signInAction", "signUpAction", "oauthSignInAction", "emailLinkAction"]);
const OPEN_ROUTES = new Set(["api/auth/[...nextauth]/route.ts"]);

describe("server actions", () => {
  const actionFiles = source.filter((f) => /^\s*["']use server["']/m.test(readFileSync(f, "utf8")));

  it("exist (the scan sees the app)", () => {
    expect(actionFiles.length).toBeGreaterThan(3);
  });

  for (const file of actionFiles) {
    it(`${rel(file)} exports only actions built from an action client`, () => {
      const text = readFileSync(file, "utf8");
      expect(text, "no exported plain functions in a \"use server\" file").not.toMatch(/export\s+(async\s+)?function/);
      expect(text, "no default exports in a \"use server\" file").not.toMatch(/export\s+default/);
      const exported = [...text.matchAll(/export\s+const\s+(\w+)\s*=\s*(\w+)/g)];
      expect(exported.length).toBeGreaterThan(0);
      for (const [, name, client] of exported) {
        expect(["teamAction", "sessionAction", "publicAction"], `${name} is built from ${client}`).toContain(client);
        if (client === "publicAction") expect(PUBLIC_ACTIONS, `${name} may not be public`).toContain(name);
        if (client === "teamAction") {
          const body = text.slice(text.indexOf(`const ${name}`));
          expect(body, `${name} declares the permission it needs`).toMatch(/^const \w+ = teamAction\s*\.metadata\(\{ permission: "/);
        }
      }
    });
  }
});

describe("route handlers", () => {
  const routes = source.filter((f) => path.basename(f) === "route.ts");

  it("exist (the scan sees the app)", () => {
    expect(routes.length).toBeGreaterThan(1);
  });

  for (const file of routes) {
    it(`${rel(file)} is behind withTeam`, () => {
      if (OPEN_ROUTES.has(rel(file))) return;
      const text = readFileSync(file, "utf8");
      const handlers = [...text.matchAll(/export\s+(?:const|async function|function)\s+(GET|POST|PUT|PATCH|DELETE)\b(.*)/g)];
      expect(handlers.length).toBeGreaterThan(0);
      for (const [, method, rest] of handlers) expect(rest, `${method} is wrapped`).toMatch(/^\s*=\s*withTeam[<(]/);
    });
  }
});
