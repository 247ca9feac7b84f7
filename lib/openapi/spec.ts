// The Images part of OpenAI's OpenAPI document (images.json; README.md says where it comes from)
// as strict validators: a field the specification does not define, a wrong type or enum value,
// or a missing required field each come back as one readable line. For the tests only.
import { randomUUID } from "node:crypto";
import Ajv, { type ErrorObject, type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import document from "./images.json";

export type SchemaName = keyof typeof document.components.schemas;
export const SPEC_SOURCE = document.source;

/**
 * What a decoded multipart file part is validated as: a string only a decoder can make (the
 * nonce is per process), so `format: binary` takes a file and never a text field.
 */
export const FILE_MARK = `file#${randomUUID()}:`;
export const fileMark = (name: string, type: string, bytes: number) => `${FILE_MARK}${name} (${type}, ${bytes} bytes)`;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
const ROOT = "openai-images";

/** OpenAPI 3.0 → JSON Schema, strict about unknown properties (README.md, "How it is read"). */
function toJsonSchema(node: Json): Json {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (node === null || typeof node !== "object") return node;
  const { nullable, ...rest } = node;
  const out: { [key: string]: Json } = {};
  for (const [key, value] of Object.entries(rest)) {
    // The discriminator goes: an event is checked against the schema its `type` names (wire.ts).
    if (key === "discriminator") continue;
    if (key === "$ref" && typeof value === "string") out.$ref = value.replace("#/components/schemas/", "#/definitions/");
    else if (key === "properties" && value && typeof value === "object" && !Array.isArray(value)) {
      out.properties = Object.fromEntries(Object.entries(value).map(([name, schema]) => [name, toJsonSchema(schema)]));
    } else if (key === "items" || key === "anyOf" || key === "oneOf" || key === "allOf") out[key] = toJsonSchema(value);
    else out[key] = value;
  }
  if (out.properties && out.additionalProperties === undefined) out.additionalProperties = false;
  return nullable === true ? { anyOf: [out, { type: "null" }] } : out;
}

const definitions = Object.fromEntries(
  Object.entries(document.components.schemas).map(([name, schema]) => [name, toJsonSchema(schema as unknown as Json)]),
);

function build(multipart: boolean): Ajv {
  // Multipart text fields are strings on the wire: coerce them to what the schema asks for.
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, coerceTypes: multipart });
  addFormats(ajv);
  ajv.addFormat("binary", { type: "string", validate: (value: string) => value.startsWith(FILE_MARK) });
  ajv.addFormat("unixtime", { type: "number", validate: (value: number) => Number.isInteger(value) && value >= 0 });
  ajv.addSchema({ $id: ROOT, definitions }, ROOT);
  return ajv;
}

const validators = { json: build(false), multipart: build(true) };

function validator(name: SchemaName, multipart: boolean): ValidateFunction {
  const fn = validators[multipart ? "multipart" : "json"].getSchema(`${ROOT}#/definitions/${name}`);
  if (!fn) throw new Error(`images.json has no schema ${name}`);
  return fn;
}

/** The properties of an object schema that take a file (format binary, alone or in a list). */
export function fileProperties(name: SchemaName): Set<string> {
  const schema = document.components.schemas[name] as { properties?: Record<string, unknown> };
  const takesFile = (node: unknown): boolean => JSON.stringify(node).includes('"format":"binary"');
  return new Set(Object.entries(schema.properties ?? {}).filter(([, s]) => takesFile(s)).map(([key]) => key));
}

/** Each way `value` departs from the schema, one line each; empty when it conforms. */
export function mismatches(name: SchemaName, value: unknown, opts: { multipart?: boolean } = {}): string[] {
  const validate = validator(name, opts.multipart ?? false);
  if (validate(value)) return [];
  return readable(validate.errors ?? []).map((line) => `${name} ${line}`);
}

const show = (value: unknown) => {
  const text = typeof value === "string" && value.startsWith(FILE_MARK) ? `file ${value.slice(FILE_MARK.length)}` : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
};

function line(error: ErrorObject): string {
  const at = error.instancePath || "(the body)";
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "additionalProperties":
      return `${error.instancePath}/${String(p.additionalProperty)}: not defined by the specification`;
    case "required":
      return `${at}: missing required field "${String(p.missingProperty)}"`;
    case "enum":
      return `${at}: ${show(error.data)} is not one of ${(p.allowedValues as unknown[]).join(", ")}`;
    case "type":
      return `${at}: ${show(error.data)} is not of type ${String(p.type)}`;
    case "format":
      return p.format === "binary"
        ? `${at}: ${show(error.data)} is not a file (format binary)`
        : `${at}: ${show(error.data)} is not of format ${String(p.format)}`;
    default:
      return `${at}: ${show(error.data)} ${error.message ?? error.keyword}`;
  }
}

/**
 * One line per real problem. A nullable or anyOf field reports every branch it failed; where a
 * field has a specific complaint (an enum, a missing field), "must be null" and "must match a
 * schema in anyOf" say nothing more.
 */
function readable(errors: ErrorObject[]): string[] {
  const specific = new Set(errors.filter((e) => e.keyword !== "anyOf" && !isNullBranch(e)).map((e) => e.instancePath));
  const kept = errors.filter((e) => !((e.keyword === "anyOf" || isNullBranch(e)) && specific.has(e.instancePath)));
  return [...new Set(kept.map(line))];
}

const isNullBranch = (e: ErrorObject) => e.keyword === "type" && (e.params as { type?: string }).type === "null";
