// "Test connection": the cheapest honest call, GET {baseURL}/models with the key, under a short
// deadline. It bills nothing, proves the address answers, and (on OpenAI-compatible providers)
// whether the key is accepted and which models it lists.
import "server-only";
import { isModelId } from "@/lib/images/models";
import type { ConnectionReport } from "./connection-report";

export const TEST_TIMEOUT_MS = 8000;

export async function testConnection(opts: { baseURL: string; apiKey: string; timeoutMs?: number; fetch?: typeof fetch }): Promise<ConnectionReport> {
  const doFetch = opts.fetch ?? fetch;
  const host = new URL(opts.baseURL).host;
  let res: Response;
  try {
    res = await doFetch(`${opts.baseURL.replace(/\/+$/, "")}/models`, {
      headers: { authorization: `Bearer ${opts.apiKey}`, accept: "application/json" },
      signal: AbortSignal.timeout(opts.timeoutMs ?? TEST_TIMEOUT_MS),
      redirect: "error",
    });
  } catch (err) {
    const timedOut = (err as Error).name === "TimeoutError";
    return {
      reachable: false,
      keyAccepted: null,
      models: null,
      summary: timedOut ? `${host} did not answer within ${Math.round((opts.timeoutMs ?? TEST_TIMEOUT_MS) / 1000)} seconds.` : `${host} could not be reached. Check the base URL.`,
    };
  }
  if (res.status === 401 || res.status === 403) {
    await res.body?.cancel();
    return { reachable: true, keyAccepted: false, models: null, summary: `Reachable, but ${host} refused the key (${res.status}). Check the key.` };
  }
  if (!res.ok) {
    await res.body?.cancel();
    return {
      reachable: true,
      keyAccepted: null,
      models: null,
      summary: `Reachable (${res.status} to GET /models): ${host} does not list models, so the key is checked on the first generation (a 401 there would mean refused).`,
    };
  }
  const listed = await res.json().then(
    (body: unknown) => {
      const data = (body as { data?: unknown })?.data;
      return Array.isArray(data) ? data.map((m) => (m as { id?: unknown })?.id).filter((id): id is string => typeof id === "string") : null;
    },
    () => null,
  );
  if (!listed) return { reachable: true, keyAccepted: true, models: null, summary: `Reachable and the key was accepted; ${host} answered without a model list.` };
  const known = listed.filter(isModelId);
  return {
    reachable: true,
    keyAccepted: true,
    models: known,
    summary: `Reachable, key accepted, ${listed.length} model${listed.length === 1 ? "" : "s"} listed${known.length ? ` (image models: ${known.join(", ")})` : " (none of them an image model Fresco knows)"}.`,
  };
}
