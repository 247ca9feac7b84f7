// The "one door" rule, proved on the parsed tree (lib/testing/doors.ts): every exported
// server action, wherever its "use server" module lives, is built from an action client;
// every HTTP method a route exports is behind withTeam (Auth.js's own endpoints excepted);
// no function declares itself a server action inline. The second half runs the same checker
// over a small tree of known bypasses, so this test is shown to fail when a door is skipped.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkDoors, listActions, listRoutes, PUBLIC_ACTIONS } from "@/lib/testing/doors";

describe("the doors of this app", () => {
  const actions = listActions();
  const routes = listRoutes();

  it("every action and route goes through its door", () => {
    expect(checkDoors()).toEqual([]);
  });

  it("the scan sees the actions and routes that exist", () => {
    expect(actions).toContainEqual(expect.objectContaining({ name: "createGenerationAction", door: "teamAction", permission: "generate" }));
    expect(actions).toContainEqual(expect.objectContaining({ name: "signUpAction", door: "publicAction" }));
    expect(routes).toContainEqual(expect.objectContaining({ path: "/api/images/[id]", method: "GET", door: "withTeam", permission: "read" }));
    expect(routes).toContainEqual(expect.objectContaining({ path: "/api/auth/[...nextauth]", method: "POST", door: "auth.js" }));
  });

  it("actions live in lib/actions/<feature>/, one per file, and only the allowlisted ones are public", () => {
    expect(actions.filter((a) => !/^lib\/actions\/[a-z-]+\/[a-z-]+\.ts$/.test(a.file)).map((a) => a.file)).toEqual([]);
    const files = actions.map((a) => a.file);
    expect(files.filter((f, i) => files.indexOf(f) !== i)).toEqual([]);
    expect(new Set(actions.filter((a) => a.door === "publicAction").map((a) => a.name))).toEqual(PUBLIC_ACTIONS);
  });
});

// The doors themselves, reduced to their exported names.
const DOOR_FILES = {
  "lib/actions/safe-action.ts": `import { createSafeActionClient } from "next-safe-action";
export const publicAction = createSafeActionClient();
export const sessionAction = createSafeActionClient();
export const teamAction = createSafeActionClient();`,
  "lib/auth/route.ts": `export function withTeam(permission: string, handler: unknown) { return handler; }`,
  "lib/auth/config.ts": `import NextAuth from "next-auth";
export const { handlers, auth } = NextAuth({});`,
};

const GOOD = {
  "app/(a)/actions/good.ts": `"use server";
import { teamAction as client } from "@/lib/actions/safe-action";
const base = client.metadata({ permission: "generate" });
const renamed = base.action(async () => 1);
export const plain = client.metadata({ permission: "read" }).inputSchema(null).action(async () => 1);
export const annotated: unknown = client.metadata({ permission: "read" }).action(async () => 1);
export { renamed as renamedAction };
export type NotAnAction = { a: 1 };`,
  "lib/actions/feature/index.ts": `"use server";
export * from "./sign-up";`,
  "lib/actions/feature/sign-up.ts": `import { publicAction } from "../safe-action";
export const signUpAction = publicAction.action(async () => 1);`,
  "app/api/things/[id]/route.ts": `import { withTeam } from "@/lib/auth/route";
export const GET = withTeam("read", async () => new Response());
export const HEAD = GET;
export const dynamic = "force-dynamic";`,
  "app/api/auth/[...nextauth]/route.ts": `import { handlers } from "@/lib/auth/config";
export const { GET, POST } = handlers;`,
};

const BYPASSES = {
  "app/(a)/actions/export-list.ts": `"use server";
async function leak() {}
export { leak, leak as leakAgain };`,
  "app/(a)/actions/annotated.ts": `"use server";
export const annotatedLeak: unknown = async () => {};`,
  "lib/outside/anywhere.ts": `"use server";
export async function outsideApp() {}
export default async function () {}`,
  "lib/outside/reexport.ts": `"use server";
export { outsideApp as viaReexport } from "./anywhere";
export * from "./plain";`,
  "lib/outside/plain.ts": `export const starLeak = async () => {};`,
  "app/(a)/actions/shadowed.ts": `"use server";
import { createSafeActionClient } from "next-safe-action";
const teamAction = createSafeActionClient();
export const shadowLeak = teamAction.metadata({ permission: "read" }).action(async () => 1);`,
  "app/(a)/actions/public.ts": `"use server";
import { publicAction } from "@/lib/actions/safe-action";
export const deleteEverythingAction = publicAction.action(async () => 1);`,
  "app/(a)/actions/no-permission.ts": `"use server";
import { teamAction } from "@/lib/actions/safe-action";
export const noPermissionAction = teamAction.action(async () => 1);`,
  "app/api/open/route.ts": `import { withTeam } from "@/lib/auth/route";
export const GET = withTeam("read", async () => new Response());
export async function HEAD() { return new Response(); }
const handler = async () => new Response();
export { handler as DELETE };`,
  "app/api/fake-auth/route.ts": `import { handlers } from "@/lib/auth/config";
export const { GET } = handlers;`,
  "components/form.tsx": `export function Form() {
  async function save() { "use server"; }
  return <form action={save} />;
}`,
};

describe("the checker catches every known bypass", () => {
  let root = "";
  let problems: string[] = [];

  beforeAll(() => {
    root = mkdtempSync(path.join(os.tmpdir(), "fresco-doors-"));
    for (const [file, text] of Object.entries({ ...DOOR_FILES, ...GOOD, ...BYPASSES })) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), text);
    }
    problems = checkDoors(root);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const reported = (file: string, name: string) => problems.filter((p) => p.startsWith(`${file}:`) && p.includes(` ${name}:`));

  it.each([
    ["export { x }", "app/(a)/actions/export-list.ts", "leak"],
    ["export { x as y }", "app/(a)/actions/export-list.ts", "leakAgain"],
    ["an annotated export", "app/(a)/actions/annotated.ts", "annotatedLeak"],
    ['"use server" outside app/', "lib/outside/anywhere.ts", "outsideApp"],
    ["export default", "lib/outside/anywhere.ts", "default"],
    ["export { x } from", "lib/outside/reexport.ts", "viaReexport"],
    ["export * from", "lib/outside/reexport.ts", "starLeak"],
    ["a local client named teamAction", "app/(a)/actions/shadowed.ts", "shadowLeak"],
    ["publicAction beyond sign-up and sign-in", "app/(a)/actions/public.ts", "deleteEverythingAction"],
    ["teamAction without a permission", "app/(a)/actions/no-permission.ts", "noPermissionAction"],
    ["a HEAD handler without withTeam", "app/api/open/route.ts", "HEAD"],
    ["a method exported as { handler as DELETE }", "app/api/open/route.ts", "DELETE"],
    ["Auth.js handlers on another route", "app/api/fake-auth/route.ts", "GET"],
    ['an inline "use server" function', "components/form.tsx", "inline save"],
  ])("reports %s", (_, file, name) => {
    expect(reported(file, name), problems.join("\n")).toHaveLength(1);
  });

  it("reports nothing else: the doors used properly pass, in every export form", () => {
    expect(problems).toHaveLength(14);
    const good = listActions(root).filter((a) => a.file in GOOD);
    expect(good.map((a) => [a.name, a.door, a.permission])).toEqual([
      ["plain", "teamAction", "read"],
      ["annotated", "teamAction", "read"],
      ["renamedAction", "teamAction", "generate"],
      ["signUpAction", "publicAction", undefined],
    ]);
    const routes = listRoutes(root).filter((r) => r.file in GOOD);
    expect(routes.map((r) => [r.path, r.method, r.door])).toEqual([
      ["/api/auth/[...nextauth]", "GET", "auth.js"],
      ["/api/auth/[...nextauth]", "POST", "auth.js"],
      ["/api/things/[id]", "GET", "withTeam"],
      ["/api/things/[id]", "HEAD", "withTeam"],
    ]);
  });
});
