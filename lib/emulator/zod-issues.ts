// Turns zod issues into the one error the API would report, with its exact code and message.
import type { z } from "zod";
import { type ApiError, errors } from "./errors";

type Issue = z.core.$ZodIssue;

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "number") return Number.isInteger(value) ? "an integer" : "a decimal";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return "a string";
  if (typeof value === "boolean") return "a boolean";
  return `a ${typeof value}`;
}

const EXPECTED: Record<string, string> = {
  int: "an integer",
  number: "a number",
  boolean: "a boolean",
  string: "a string",
};

function toApiError(issue: Issue, body: Record<string, unknown>): ApiError {
  const param = String(issue.path[0] ?? "");
  const value = body[param];
  // zod reports a missing enum as invalid_value and a missing string as invalid_type: both are "missing".
  if (param && value === undefined && issue.code !== "unrecognized_keys") return errors.missingRequired(param);
  switch (issue.code) {
    case "unrecognized_keys":
      return errors.unknownParameter(issue.keys[0] ?? "");
    case "invalid_type":
      return errors.invalidType(param, EXPECTED[issue.expected] ?? `a ${issue.expected}`, describe(value));
    case "invalid_value":
      return errors.invalidValue(param, value, issue.values.map(String));
    case "too_big":
      if (issue.origin === "string") {
        return errors.stringAboveMaxLength(param, Number(issue.maximum), String(value).length);
      }
      return errors.integerAboveMax(param, Number(issue.maximum), value);
    case "too_small":
      if (issue.origin === "string") return errors.emptyString(param);
      return errors.integerBelowMin(param, Number(issue.minimum), value);
    default:
      return errors.invalidValueMessage(param || null, issue.message);
  }
}

// The API reports one error: unknown keys first, then missing fields, then the first bad field.
function rank(issue: Issue, body: Record<string, unknown>): number {
  if (issue.code === "unrecognized_keys") return 0;
  if (issue.path.length > 0 && body[String(issue.path[0])] === undefined) return 1;
  // zod adds a safe-integer bound before the field's own bound; the field's reads better.
  if (issue.code === "too_big" && issue.origin === "int") return 3;
  return 2;
}

export function firstApiError(issues: readonly Issue[], body: Record<string, unknown>): ApiError {
  const sorted = [...issues].sort((a, b) => rank(a, body) - rank(b, body));
  const first = sorted[0];
  if (!first) return errors.invalidRequest("Invalid request.");
  return toApiError(first, body);
}
