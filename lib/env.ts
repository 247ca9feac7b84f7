// Server configuration, parsed once from the environment. A bad value fails start-up
// with a message that names the variable, instead of surfacing later as a vague error.
import "server-only";
import { readFileSync } from "node:fs";
import { z } from "zod";

const int = (fallback: number) => z.coerce.number().int().nonnegative().default(fallback);
// A limit left blank (`FRESCO_RATE_LIMIT_PER_MINUTE=`) keeps its default rather than becoming 0 (off).
const unsetIfBlank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : typeof v === "string" ? v.trim() : v);

const envSchema = z.object({
  OPENAI_API_KEY: z.string().trim().optional().transform((v) => (v ? v : undefined)),
  OPENAI_BASE_URL: z.url().optional().or(z.literal("").transform(() => undefined)),
  FRESCO_EMULATOR_PORT: int(4010),
  FRESCO_EMULATOR_LATENCY_MS: int(1500),
  FRESCO_PROVIDER_TIMEOUT_MS: int(180_000),
  FRESCO_PROVIDER_NAME: z.string().default("openai"),
  /** Proxies in front of Fresco whose X-Forwarded-For is believed: off (default), "true" (one) or a count. */
  FRESCO_TRUST_PROXY: z
    .string()
    .trim()
    .toLowerCase()
    .default("")
    .transform((v) => (v === "" || v === "false" ? 0 : v === "true" ? 1 : Number(v)))
    .pipe(z.number("Use true, false or a number of proxies.").int().min(0).max(16)),
  /** The largest edit body, images and mask together; /api/edits refuses more with 413. */
  FRESCO_MAX_UPLOAD_MB: z.preprocess(unsetIfBlank, z.coerce.number().positive().default(200)),
  /** Provider calls one person may ask for per minute; 0 turns the limit off. */
  FRESCO_RATE_LIMIT_PER_MINUTE: z.preprocess(unsetIfBlank, int(20)),
  /**
   * The most one request may cost by its estimate, in USD; 0 turns the ceiling off. $1.00 lets
   * every single request through up to 5 images at the largest size and highest quality
   * ($0.99 on gpt-image-1.5) and refuses 10 of them ($1.99). Kept as a decimal string: no
   * float ever touches money.
   */
  FRESCO_MAX_REQUEST_USD: z.preprocess(
    unsetIfBlank,
    z.string().regex(/^\d+(\.\d+)?$/, "Enter an amount in USD like 1.00.").default("1.00"),
  ),
  FRESCO_STREAMS_PER_USER: z.coerce.number().int().positive().default(6),
  /** Generations one person may have running at once; the rest wait in the queue. */
  FRESCO_JOBS_PER_USER: z.preprocess(unsetIfBlank, z.coerce.number().int().positive().default(4)),
  /** Generations running at once in one server process. */
  FRESCO_JOBS_PER_INSTANCE: z.preprocess(unsetIfBlank, z.coerce.number().int().positive().default(8)),
  /** On SIGTERM, how long running generations may finish before the rest are handed back (docs/deployment.md). */
  FRESCO_SHUTDOWN_GRACE_SECONDS: z.preprocess(unsetIfBlank, z.coerce.number().int().min(0).max(3600).default(30)),
  /** With several instances on PostgreSQL: after how long without a heartbeat an instance counts as dead. */
  FRESCO_INSTANCE_STALE_SECONDS: z.preprocess(unsetIfBlank, z.coerce.number().int().min(3).max(3600).default(30)),
  /**
   * A PEM file of certificates whose C2PA signatures read "trusted" (docs/content-credentials.md);
   * unset, none do. Parsed here into the PEM text, so a missing file fails start-up.
   */
  FRESCO_C2PA_TRUST_ANCHORS: z.preprocess(unsetIfBlank, z.string().optional()).transform((file, ctx) => {
    if (!file) return undefined;
    let pem = "";
    try {
      pem = readFileSync(file, "utf8");
    } catch {
      ctx.addIssue({ code: "custom", message: `Cannot read ${file}.` });
    }
    if (pem && !pem.includes("-----BEGIN CERTIFICATE-----")) ctx.addIssue({ code: "custom", message: `${file} holds no PEM certificate.` });
    return pem || undefined;
  }),
  /** Set: images live in this S3 bucket (docs/object-storage.md); unset: in FRESCO_DATA_DIR/blobs. */
  FRESCO_S3_BUCKET: z.preprocess(
    unsetIfBlank,
    z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, "Use a bucket name of 3 to 63 lowercase letters, digits, dots and hyphens.").optional(),
  ),
  /** R2, MinIO or any S3-compatible server; unset for AWS itself. */
  FRESCO_S3_ENDPOINT: z.preprocess(unsetIfBlank, z.url({ protocol: /^https?$/, error: "Use the endpoint's URL, like https://s3.example.com." }).optional()),
  FRESCO_S3_REGION: z.preprocess(unsetIfBlank, z.string().default("us-east-1")),
  FRESCO_S3_FORCE_PATH_STYLE: z.preprocess(
    unsetIfBlank,
    z.enum(["true", "false", "1", "0"], "Use true or false.").default("false").transform((v) => v === "true" || v === "1"),
  ),
  /** Keys go under this prefix, so one bucket can hold other things (or several installs). */
  FRESCO_S3_PREFIX: z.preprocess(
    unsetIfBlank,
    z
      .string()
      .default("")
      .transform((v) => v.replace(/^\/+|\/+$/g, ""))
      .transform((v) => (v ? `${v}/` : "")),
  ),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function env(): Env {
  return (cached ??= parseEnv(process.env));
}

/** Parses a given environment (env() parses the process's, once). */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return parsed.data;
}
