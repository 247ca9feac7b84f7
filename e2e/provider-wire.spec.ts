import { VERSION } from "openai/version";
import { expect, test } from "./fixtures/people";
import { StudioPage } from "./pages/studio";

// What the built app puts on the wire, seen from the emulator's request log. Unit tests run the
// SDK unbundled, so only the production build can show what its bundling does to a request.
const emulator = `http://127.0.0.1:${process.env.E2E_EMULATOR_PORT ?? 4110}`;

interface LoggedRequest {
  method: string;
  path: string;
  userAgent: string | null;
}

test("the provider is sent the SDK's own User-Agent, not a minified class name", async ({ owner }) => {
  const studio = new StudioPage(owner.page);
  await studio.open();
  const prompt = `A kite over a dune, wire check ${Date.now()}`;
  await studio.generate({ prompt, quality: "Low" });
  await expect(studio.generation(prompt).getByTestId("status")).toHaveAttribute("data-status", "succeeded");

  const log = (await (await fetch(`${emulator}/__emulator/requests`)).json()) as { requests: LoggedRequest[] };
  const calls = log.requests.filter((r) => r.method === "POST" && r.path.startsWith("/v1/images/"));
  expect(calls.length).toBeGreaterThan(0);
  expect(new Set(calls.map((r) => r.userAgent))).toEqual(new Set([`OpenAI/JS ${VERSION}`]));
});
