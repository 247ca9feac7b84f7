// The provider's error envelope, and one constructor per documented error so that every
// message, type, code and param reads exactly like the real API's (docs/images-api.md §5, §7).

export interface ErrorBody {
  message: string;
  type: string;
  param: string | null;
  code: string | null;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody,
    readonly headers: Record<string, string> = {},
  ) {
    super(body.message);
  }

  envelope(): { error: ErrorBody } {
    return { error: this.body };
  }
}

function badRequest(message: string, param: string | null, code: string | null): ApiError {
  return new ApiError(400, { message, type: "invalid_request_error", param, code });
}

/** "'a', 'b', and 'c'" — the API's way of listing the allowed values. */
export function quoteList(values: readonly string[]): string {
  const quoted = values.map((v) => `'${v}'`);
  if (quoted.length <= 2) return quoted.join(" and ");
  return `${quoted.slice(0, -1).join(", ")}, and ${quoted[quoted.length - 1]}`;
}

export const errors = {
  invalidValue(param: string, value: unknown, allowed: readonly string[]): ApiError {
    return badRequest(
      `Invalid value: '${String(value)}'. Supported values are: ${quoteList(allowed)}.`,
      param,
      "invalid_value",
    );
  },
  invalidValueMessage(param: string | null, message: string): ApiError {
    return badRequest(message, param, "invalid_value");
  },
  unknownParameter(param: string): ApiError {
    return badRequest(`Unknown parameter: '${param}'.`, param, "unknown_parameter");
  },
  /** A field the endpoint knows but the chosen model does not take. */
  unsupportedParameter(param: string): ApiError {
    return badRequest(`Unsupported parameter: '${param}' is not supported with this model.`, param, "unsupported_parameter");
  },
  missingRequired(param: string): ApiError {
    return badRequest(`Missing required parameter: '${param}'.`, param, "missing_required_parameter");
  },
  invalidType(param: string, expected: string, got: string): ApiError {
    return badRequest(
      `Invalid type for '${param}': expected ${expected}, but got ${got} instead.`,
      param,
      "invalid_type",
    );
  },
  integerAboveMax(param: string, max: number, got: unknown): ApiError {
    return badRequest(
      `Invalid '${param}': integer above maximum value. Expected a value <= ${max}, but got ${String(got)} instead.`,
      param,
      "integer_above_max_value",
    );
  },
  integerBelowMin(param: string, min: number, got: unknown): ApiError {
    return badRequest(
      `Invalid '${param}': integer below minimum value. Expected a value >= ${min}, but got ${String(got)} instead.`,
      param,
      "integer_below_min_value",
    );
  },
  stringAboveMaxLength(param: string, max: number, got: number): ApiError {
    return badRequest(
      `Invalid '${param}': string too long. Expected a string with maximum length ${max}, but got a string with length ${got} instead.`,
      param,
      "string_above_max_length",
    );
  },
  emptyString(param: string): ApiError {
    return badRequest(
      `Invalid '${param}': empty string. Expected a string with minimum length 1, but got an empty string instead.`,
      param,
      "empty_string",
    );
  },
  invalidImageFile(param: string, which: string, detail: string): ApiError {
    return badRequest(
      `Invalid image file or mode for ${which}: ${detail}. Supported formats are 'png', 'webp' and 'jpeg'.`,
      param,
      "invalid_image_file",
    );
  },
  unsupportedFileMimetype(param: string, mimetype: string): ApiError {
    return badRequest(
      `Invalid file '${param}': unsupported mimetype ('${mimetype}'). Supported file formats are 'image/jpeg', 'image/png', and 'image/webp'.`,
      param,
      "unsupported_file_mimetype",
    );
  },
  invalidRequest(message: string): ApiError {
    return badRequest(message, null, null);
  },
  invalidApiKey(message = "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY)."): ApiError {
    return new ApiError(401, { message, type: "invalid_request_error", param: null, code: "invalid_api_key" });
  },
  notFound(method: string, path: string): ApiError {
    return new ApiError(404, {
      message: `Invalid URL (${method} ${path})`,
      type: "invalid_request_error",
      param: null,
      code: null,
    });
  },
};
