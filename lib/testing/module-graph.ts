// A small module graph over the source tree, built with the TypeScript parser: which files
// exist, what each one exports, and where an exported or imported name was really declared
// (through `export { x as y }`, `export * from`, imports and local aliases). No type checking:
// the doors are decided by syntax that cannot be dressed up, so parsing is enough and fast.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

/** What a name stands for, at the place it was declared. */
export type Value =
  | { kind: "expr"; file: string; name: string; expr: ts.Expression; line: number }
  | { kind: "element"; file: string; name: string; container: ts.Expression; property: string; line: number }
  | { kind: "function"; file: string; name: string; line: number }
  | { kind: "external"; file: string; name: string; module: string; line: number }
  | { kind: "unknown"; file: string; name: string; reason: string; line: number };

const SOURCE = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;
const TEST = /\.(test|spec)\.[cm]?[jt]sx?$|\.d\.[cm]?ts$/;
// Not bundled into the app: tooling, tests, generated code, data and build output.
const SKIP_DIRS = new Set(["node_modules", "e2e", "bench", "scripts", "prisma", "public", "docs", "data", "generated", "coverage"]);
const EXTENSIONS = ["", ".ts", ".tsx", ".mts", ".js", ".jsx", ".mjs", "/index.ts", "/index.tsx", "/index.js"];

export class ModuleGraph {
  private readonly parsed = new Map<string, ts.SourceFile>();
  private readonly exportCache = new Map<string, Map<string, Value>>();

  constructor(readonly root: string) {}

  /** Every source file the app could bundle, relative to the root, with `/` separators. */
  files(): string[] {
    const out: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(path.join(this.root, dir))) {
        const rel = dir ? `${dir}/${entry}` : entry;
        if (entry.startsWith(".") || SKIP_DIRS.has(entry)) continue;
        if (statSync(path.join(this.root, rel)).isDirectory()) walk(rel);
        else if (SOURCE.test(entry) && !TEST.test(entry)) out.push(rel);
      }
    };
    walk("");
    return out.sort();
  }

  source(file: string): ts.SourceFile {
    let sf = this.parsed.get(file);
    if (!sf) {
      const kind = /x$/.test(file) ? ts.ScriptKind.TSX : /\.[cm]?js$/.test(file) ? ts.ScriptKind.JS : ts.ScriptKind.TS;
      sf = ts.createSourceFile(file, readFileSync(path.join(this.root, file), "utf8"), ts.ScriptTarget.Latest, true, kind);
      this.parsed.set(file, sf);
    }
    return sf;
  }

  line(file: string, node: ts.Node): number {
    const sf = this.source(file);
    return sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
  }

  /** A relative or `@/` specifier as a file of the tree; undefined for a package. */
  resolve(from: string, specifier: string): string | undefined {
    const base = specifier.startsWith("@/")
      ? specifier.slice(2)
      : specifier.startsWith(".")
        ? path.posix.join(path.posix.dirname(from), specifier)
        : undefined;
    if (base === undefined) return undefined;
    const hit = EXTENSIONS.map((ext) => base + ext).find((f) => existsSync(path.join(this.root, f)) && statSync(path.join(this.root, f)).isFile());
    return hit ?? base; // a missing file still names where the export should be
  }

  /** Every exported name of a module and what it stands for; type-only exports are left out. */
  exportsOf(file: string): Map<string, Value> {
    const cached = this.exportCache.get(file);
    if (cached) return cached;
    // Cached before it is filled: an import cycle sees the names found so far, and a name it
    // cannot see is reported as unknown rather than looping.
    const out = new Map<string, Value>();
    this.exportCache.set(file, out);
    if (!existsSync(path.join(this.root, file))) return out;
    for (const st of this.source(file).statements) {
      if (ts.isExportDeclaration(st)) {
        if (st.isTypeOnly) continue;
        const target = st.moduleSpecifier && ts.isStringLiteral(st.moduleSpecifier) ? st.moduleSpecifier.text : undefined;
        const targetFile = target === undefined ? undefined : this.resolve(file, target);
        if (!st.exportClause) {
          // export * from "…": every name but the default
          if (targetFile) {
            for (const [name, v] of this.exportsOf(targetFile)) if (name !== "default" && !out.has(name)) out.set(name, v);
          } else if (target) {
            out.set(`* from ${target}`, this.unknown(file, "*", `re-exports a package (${target})`, st));
          }
        } else if (ts.isNamespaceExport(st.exportClause)) {
          out.set(st.exportClause.name.text, this.unknown(file, st.exportClause.name.text, "a namespace re-export", st));
        } else {
          for (const spec of st.exportClause.elements) {
            if (spec.isTypeOnly) continue;
            const local = (spec.propertyName ?? spec.name).text;
            const value =
              target === undefined
                ? this.localValue(file, local, spec)
                : targetFile
                  ? (this.exportsOf(targetFile).get(local) ?? this.unknown(file, local, `not exported by ${target}`, spec))
                  : { kind: "external" as const, file, name: local, module: target, line: this.line(file, spec) };
            out.set(spec.name.text, value);
          }
        }
      } else if (ts.isExportAssignment(st)) {
        out.set("default", { kind: "expr", file, name: "default", expr: st.expression, line: this.line(file, st) });
      } else if (hasExport(st)) {
        for (const [name, value] of this.declared(file, st)) out.set(hasDefault(st) ? "default" : name, value);
      }
    }
    return out;
  }

  /** What a top-level name of `file` stands for: a declaration, or an import followed home. */
  localValue(file: string, name: string, at: ts.Node): Value {
    for (const st of this.source(file).statements) {
      if (ts.isImportDeclaration(st) && st.importClause && !st.importClause.isTypeOnly && ts.isStringLiteral(st.moduleSpecifier)) {
        const imported = importedName(st.importClause, name);
        if (imported === undefined) continue;
        const target = this.resolve(file, st.moduleSpecifier.text);
        if (imported === "*") return this.unknown(file, name, "a namespace import", st);
        if (!target) return { kind: "external", file, name: imported, module: st.moduleSpecifier.text, line: this.line(file, st) };
        return this.exportsOf(target).get(imported) ?? this.unknown(file, name, `not exported by ${st.moduleSpecifier.text}`, st);
      }
      const found = this.declared(file, st).get(name);
      if (found) return found;
    }
    return this.unknown(file, name, "not declared at the top level", at);
  }

  private declared(file: string, st: ts.Statement): Map<string, Value> {
    const out = new Map<string, Value>();
    if (ts.isVariableStatement(st)) {
      for (const d of st.declarationList.declarations) {
        const line = this.line(file, d);
        if (ts.isIdentifier(d.name)) {
          const name = d.name.text;
          out.set(name, d.initializer ? { kind: "expr", file, name, expr: d.initializer, line } : this.unknown(file, name, "declared without a value", d));
        } else {
          for (const el of d.name.elements) {
            if (ts.isOmittedExpression(el) || !ts.isIdentifier(el.name)) continue;
            const property = el.propertyName && ts.isIdentifier(el.propertyName) ? el.propertyName.text : el.name.text;
            out.set(
              el.name.text,
              d.initializer && ts.isObjectBindingPattern(d.name) && !el.dotDotDotToken
                ? { kind: "element", file, name: el.name.text, container: d.initializer, property, line }
                : this.unknown(file, el.name.text, "destructured in a way that cannot be followed", el),
            );
          }
        }
      }
    } else if ((ts.isFunctionDeclaration(st) || ts.isClassDeclaration(st)) && (st.name || hasDefault(st))) {
      const name = st.name?.text ?? "default";
      out.set(name, { kind: "function", file, name, line: this.line(file, st) });
    } else if ((ts.isEnumDeclaration(st) || ts.isModuleDeclaration(st)) && ts.isIdentifier(st.name)) {
      out.set(st.name.text, this.unknown(file, st.name.text, "an enum or namespace", st));
    }
    return out;
  }

  private unknown(file: string, name: string, reason: string, at: ts.Node): Value {
    return { kind: "unknown", file, name, reason, line: this.line(file, at) };
  }
}

function hasExport(st: ts.Statement): boolean {
  return ts.canHaveModifiers(st) && (ts.getModifiers(st) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
}

function hasDefault(st: ts.Statement): boolean {
  return ts.canHaveModifiers(st) && (ts.getModifiers(st) ?? []).some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);
}

/** The name `local` is imported as from its module: "default", "*", an export name, or undefined. */
function importedName(clause: ts.ImportClause, local: string): string | undefined {
  if (clause.name?.text === local) return "default";
  const bindings = clause.namedBindings;
  if (!bindings) return undefined;
  if (ts.isNamespaceImport(bindings)) return bindings.name.text === local ? "*" : undefined;
  const spec = bindings.elements.find((e) => e.name.text === local && !e.isTypeOnly);
  return spec ? (spec.propertyName ?? spec.name).text : undefined;
}

/** The directive prologue of a file or function body: `"use server"`, `"use client"`, ... */
export function directives(statements: ts.NodeArray<ts.Statement>): string[] {
  const out: string[] = [];
  for (const st of statements) {
    if (!ts.isExpressionStatement(st) || !ts.isStringLiteral(st.expression)) break;
    out.push(st.expression.text);
  }
  return out;
}

/** Strips what does not change a value: parentheses, `as`, `satisfies`, `!`, `<T>x`. */
export function unwrap(expr: ts.Expression): ts.Expression {
  while (
    ts.isParenthesizedExpression(expr) ||
    ts.isAsExpression(expr) ||
    ts.isSatisfiesExpression(expr) ||
    ts.isNonNullExpression(expr) ||
    ts.isTypeAssertionExpression(expr)
  ) {
    expr = expr.expression;
  }
  return expr;
}
