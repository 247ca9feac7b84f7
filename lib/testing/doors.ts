// Every way into the server, found by parsing the tree rather than by trusting names: each
// exported binding of a `"use server"` module (in any form: declarations, `export { x as y }`,
// default, re-exports), each inline `"use server"` function, and each HTTP method a route file
// exports. Each entry says which door it goes through, so the doors test can require one and
// the cross-team security table can be generated from the same list.
import path from "node:path";
import ts from "typescript";
import { directives, ModuleGraph, unwrap, type Value } from "./module-graph";

export const ACTION_CLIENTS_FILE = "lib/actions/safe-action.ts";
export const ROUTE_DOOR_FILE = "lib/auth/route.ts";
export const AUTH_CONFIG_FILE = "lib/auth/config.ts";
/** Auth.js's own endpoints are the door itself: the one route that is not behind withTeam. */
export const AUTH_JS_ROUTE = "app/api/auth/[...nextauth]/route.ts";

/** The health and readiness probes: public by design, they read no team and answer no secret. */
export const PROBE_ROUTES: ReadonlySet<string> = new Set(["app/api/health/route.ts", "app/api/ready/route.ts"]);
/** Signing up and signing in are the only things a stranger may do. */
export const PUBLIC_ACTIONS: ReadonlySet<string> = new Set(["signUpAction", "signInAction", "oauthSignInAction", "emailLinkAction"]);
export const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

export type ActionDoor = "teamAction" | "sessionAction" | "publicAction";
export type HttpMethod = (typeof HTTP_METHODS)[number];

export interface ActionEntry {
  file: string;
  /** The exported name, or `inline <function>` for a `"use server"` function body. */
  name: string;
  line: number;
  door: ActionDoor | null;
  /** What a teamAction declares in `.metadata({ permission })`. */
  permission?: string;
  /** Why no door was found. */
  problem?: string;
}

export interface RouteEntry {
  file: string;
  /** The URL path, route groups removed: `/api/images/[id]`. */
  path: string;
  method: HttpMethod;
  line: number;
  door: "withTeam" | "auth.js" | "probe" | null;
  permission?: string;
  problem?: string;
}

const defaultRoot = path.resolve(__dirname, "../..");

export function listActions(root = defaultRoot): ActionEntry[] {
  const graph = new ModuleGraph(root);
  const out: ActionEntry[] = [];
  for (const file of graph.files()) {
    const sf = graph.source(file);
    if (directives(sf.statements).includes("use server")) {
      for (const [name, value] of graph.exportsOf(file)) out.push({ file, name, ...actionDoor(graph, value) });
    }
    out.push(...inlineActions(graph, file, sf));
  }
  return out;
}

export function listRoutes(root = defaultRoot): RouteEntry[] {
  const graph = new ModuleGraph(root);
  const out: RouteEntry[] = [];
  for (const file of graph.files().filter((f) => /^app\/(.+\/)?route\.[cm]?[jt]sx?$/.test(f))) {
    const urlPath = "/" + file.split("/").slice(1, -1).filter((s) => !/^\(.*\)$/.test(s)).join("/");
    for (const [name, value] of graph.exportsOf(file)) {
      const method = HTTP_METHODS.find((m) => m === name);
      if (method) out.push({ file, path: urlPath, method, ...(PROBE_ROUTES.has(file) ? { line: value.line, door: "probe" as const } : routeDoor(graph, file, value)) });
    }
  }
  return out;
}

/** One sentence per way in that skips its door; empty when every door holds. */
export function checkDoors(root = defaultRoot): string[] {
  const problems: string[] = [];
  for (const a of listActions(root)) {
    const at = `${a.file}:${a.line} ${a.name}`;
    if (!a.door) problems.push(`${at}: not built from an action client (${a.problem ?? "no door"})`);
    else if (a.door === "publicAction" && !PUBLIC_ACTIONS.has(a.name)) problems.push(`${at}: publicAction is for sign-up and sign-in only`);
    else if (a.door === "teamAction" && !a.permission) problems.push(`${at}: teamAction without .metadata({ permission })`);
  }
  for (const r of listRoutes(root)) {
    if (!r.door) problems.push(`${r.file}:${r.line} ${r.method}: not wrapped by withTeam (${r.problem ?? "no door"})`);
  }
  return problems;
}

type Found = { line: number; door: null; problem: string } | { line: number; door: ActionDoor; permission?: string };

/** An action must be `<client>…​.action(fn)`: a call chain rooted in one of the three clients. */
function actionDoor(graph: ModuleGraph, value: Value): Found {
  const line = value.line;
  if (value.kind !== "expr") return { line, door: null, problem: describe(value) };
  const outer = unwrap(value.expr);
  if (ts.isIdentifier(outer)) return { ...actionDoor(graph, graph.localValue(value.file, outer.text, outer)), line };
  if (!ts.isCallExpression(outer) || !["action", "stateAction"].includes(methodName(outer) ?? "")) {
    return { line, door: null, problem: "its value is not a `.action(...)` call" };
  }
  let permission: string | undefined;
  let file = value.file;
  let expr: ts.Expression = outer;
  for (let hops = 0; hops < 50; hops++) {
    expr = unwrap(expr);
    if (ts.isCallExpression(expr)) {
      if (methodName(expr) === "metadata") permission ??= permissionOf(expr.arguments[0]);
      expr = expr.expression;
    } else if (ts.isPropertyAccessExpression(expr)) {
      expr = expr.expression;
    } else if (ts.isIdentifier(expr)) {
      const root = graph.localValue(file, expr.text, expr);
      if (root.file === ACTION_CLIENTS_FILE && isActionClient(root.name)) return { line, door: root.name, permission };
      if (root.kind !== "expr") return { line, door: null, problem: `the chain starts at ${describe(root)}` };
      file = root.file;
      expr = root.expr;
    } else {
      break;
    }
  }
  return { line, door: null, problem: "the chain does not start at teamAction, sessionAction or publicAction" };
}

function routeDoor(graph: ModuleGraph, file: string, value: Value): Omit<RouteEntry, "file" | "path" | "method"> {
  const line = value.line;
  if (value.kind === "element") {
    const container = unwrap(value.container);
    const from = ts.isIdentifier(container) ? graph.localValue(value.file, container.text, container) : undefined;
    const isAuthJs = from?.file === AUTH_CONFIG_FILE && from.name === "handlers";
    if (isAuthJs && file === AUTH_JS_ROUTE) return { line, door: "auth.js" };
    return { line, door: null, problem: isAuthJs ? "Auth.js handlers outside the Auth.js route" : "a destructured value" };
  }
  if (value.kind !== "expr") return { line, door: null, problem: describe(value) };
  const expr = unwrap(value.expr);
  if (ts.isIdentifier(expr)) return { ...routeDoor(graph, file, graph.localValue(value.file, expr.text, expr)), line };
  if (ts.isCallExpression(expr)) {
    const callee = unwrap(expr.expression);
    const target = ts.isIdentifier(callee) ? graph.localValue(value.file, callee.text, callee) : undefined;
    if (target?.file === ROUTE_DOOR_FILE && target.name === "withTeam" && target.kind === "function") {
      return { line, door: "withTeam", permission: permissionOf(expr.arguments[0]) };
    }
  }
  return { line, door: null, problem: "its value is not a withTeam(...) call" };
}

/** Functions whose own body starts with `"use server"`: inline actions, refused outright. */
function inlineActions(graph: ModuleGraph, file: string, sf: ts.SourceFile): ActionEntry[] {
  const out: ActionEntry[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && "body" in node && node.body && ts.isBlock(node.body) && directives(node.body.statements).includes("use server")) {
      const name = node.name && ts.isIdentifier(node.name) ? node.name.text : "(anonymous)";
      out.push({ file, name: `inline ${name}`, line: graph.line(file, node), door: null, problem: "an inline \"use server\" function" });
    }
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(sf, visit);
  return out;
}

function methodName(call: ts.CallExpression): string | undefined {
  const callee = unwrap(call.expression);
  return ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
}

function permissionOf(arg: ts.Expression | undefined): string | undefined {
  if (!arg) return undefined;
  const expr = unwrap(arg);
  if (ts.isStringLiteralLike(expr)) return expr.text;
  if (!ts.isObjectLiteralExpression(expr)) return undefined;
  for (const p of expr.properties) {
    if (ts.isPropertyAssignment(p) && p.name.getText() === "permission" && ts.isStringLiteralLike(unwrap(p.initializer))) {
      return (unwrap(p.initializer) as ts.StringLiteralLike).text;
    }
  }
  return undefined;
}

function isActionClient(name: string): name is ActionDoor {
  return name === "teamAction" || name === "sessionAction" || name === "publicAction";
}

function describe(value: Value): string {
  if (value.kind === "function") return `a plain function or class (${value.file}:${value.line})`;
  if (value.kind === "external") return `an import from the package ${value.module}`;
  if (value.kind === "unknown") return value.reason;
  return `${value.kind} ${value.name} in ${value.file}`;
}
