// Server configuration, parsed once from the environment. A bad value fails start-up
// with a message that names the variable, instead of surfacing later as a vague error.
import "server-only";
import { z } from "zod";

const int = (fallback: number) => z.coerce.number().int().nonnegative().default(fallback);

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
  FRESCO_STREAMS_PER_USER: z.coerce.number().int().positive().default(6),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  cached = parsed.data;
  return cached;
}
