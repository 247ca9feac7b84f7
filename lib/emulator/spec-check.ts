// Shared by the emulator's contract tests: every answer they read through `sdk()` or `post()` —
// JSON, error or each event of a stream — is held to OpenAI's specification
// (lib/openapi/README.md) as the test reads it, and a test with a mismatch fails.
import { checkResponse } from "@/lib/openapi/wire";

// The faults whose point is an answer off the specification (README.md, "Faults on demand").
const OFF_SPEC = /\[fault:(malformed-json|chat-usage|stream-error)(x\d+)?\]/i;

const tally = { responses: 0, events: 0, exempt: 0, mismatches: 0, gaps: 0 };
let found: string[] = [];

function promptOf(body: RequestInit["body"]): string {
  if (body instanceof FormData) return String(body.get("prompt") ?? "");
  if (typeof body !== "string") return "";
  try {
    return String((JSON.parse(body) as { prompt?: unknown }).prompt ?? "");
  } catch {
    return "";
  }
}

/** fetch, with the answer's body checked once the caller has read it to the end. */
export async function specFetch(input: string | URL | Request, init?: RequestInit): Promise<Response> {
  const res = await fetch(input, init);
  const url = new URL(input instanceof Request ? input.url : input);
  // The SDK probes its fetch with a data: URL before its first multipart request.
  if (!res.body || url.protocol === "data:") return res;
  const path = url.pathname;
  const offSpec = OFF_SPEC.test(promptOf(init?.body));
  const chunks: Uint8Array[] = [];
  const tap = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      chunks.push(chunk);
      controller.enqueue(chunk);
    },
    flush() {
      if (offSpec) return void tally.exempt++;
      const check = checkResponse(path, res.status, res.headers.get("content-type") ?? undefined, Buffer.concat(chunks).toString("utf8"));
      tally.responses += check.responses;
      tally.events += check.events;
      tally.mismatches += check.mismatches.length;
      tally.gaps += check.gaps.length;
      found.push(...check.mismatches.map((m) => `${init?.method ?? "GET"} ${path} → ${res.status}: ${m}`));
    },
  });
  const tapped = new Response(res.body.pipeThrough(tap), { status: res.status, statusText: res.statusText, headers: res.headers });
  Object.defineProperty(tapped, "url", { value: res.url });
  return tapped;
}

/** After each test: what it read must have matched the specification. */
export function expectOnSpec(): void {
  const mismatches = found;
  found = [];
  if (mismatches.length === 0) return;
  throw new Error(`The answers depart from OpenAI's specification (lib/openapi):\n${mismatches.map((m) => `  - ${m}`).join("\n")}`);
}

/** After the file: the figures, one line. */
export function reportSpecChecks(file: string): void {
  const { responses, events, exempt, mismatches, gaps } = tally;
  console.info(
    `[openapi] ${file}: ${responses} responses and ${events} stream events held to the specification, ${mismatches} mismatches` +
      (exempt ? ` (${exempt} off-spec faults asked for, not checked)` : "") +
      (gaps ? ` (${gaps} custom sizes echoed by gpt-image-2: the specification's known gap)` : ""),
  );
}
