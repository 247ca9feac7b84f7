import { spawn } from "node:child_process";
import path from "node:path";
import OpenAI from "openai";
import { describe, expect, it, vi } from "vitest";
import { startEmulator } from "./index";
import { sleep } from "./latency";
import { sdk, setupEmulator } from "./test-helpers";

const emulator = setupEmulator();
const model = "gpt-image-1-mini";

describe("introspection", () => {
  it("lists requests over HTTP and on the handle, and resets both", async () => {
    const emu = emulator();
    emu.reset();
    const client = sdk(emu);
    await client.images.generate({ model, prompt: "one", quality: "low" });
    await client.images.generate({ model, prompt: "two", quality: "standard" } as never).catch(() => undefined);
    expect(emu.requestCount()).toBe(2);

    const res = await fetch(`${emu.url}/__emulator/requests`);
    const log = (await res.json()) as { count: number; requests: { method: string; path: string; status: number; at: string }[] };
    expect(log.count).toBe(2);
    expect(log.requests.map((r) => [r.method, r.path, r.status])).toEqual([
      ["POST", "/v1/images/generations", 200],
      ["POST", "/v1/images/generations", 400],
    ]);
    expect(Number.isNaN(Date.parse(log.requests[0]?.at ?? ""))).toBe(false);

    expect((await fetch(`${emu.url}/__emulator/reset`, { method: "POST" })).status).toBe(200);
    expect(emu.requestCount()).toBe(0);
    expect(((await (await fetch(`${emu.url}/__emulator/requests`)).json()) as { count: number }).count).toBe(0);
  });

  it("gives every response its own x-request-id", async () => {
    const ids = new Set<string | null>();
    for (let i = 0; i < 3; i++) {
      const res = await fetch(`${emulator().baseURL}/nowhere`);
      expect(res.status).toBe(404);
      ids.add(res.headers.get("x-request-id"));
    }
    expect(ids.size).toBe(3);
  });
});

/** The emulator's waits, recorded instead of spent. */
function recordedSleep() {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => void waits.push(ms) };
}

describe("latency", () => {
  it("waits latencyMs per image", async () => {
    const { waits, sleep } = recordedSleep();
    const emu = await startEmulator({ latencyMs: 150, sleep });
    try {
      await sdk(emu).images.generate({ model, prompt: "slow", n: 2, quality: "low" });
      expect(waits).toEqual([300]);
    } finally {
      await emu.close();
    }
  });

  it("spreads the latency over the partial images of a stream", async () => {
    const { waits, sleep } = recordedSleep();
    const emu = await startEmulator({ latencyMs: 300, sleep });
    try {
      const events: string[] = [];
      const stream = await sdk(emu).images.generate({ model, prompt: "slow", stream: true, partial_images: 2, quality: "low" });
      for await (const event of stream) events.push(event.type);
      expect(events).toEqual(["image_generation.partial_image", "image_generation.partial_image", "image_generation.completed"]);
      expect(waits).toEqual([100, 100, 100]); // one step before each partial and before the final image
    } finally {
      await emu.close();
    }
  });

  it("stops sleeping when the client goes away, leaving no timer behind", async () => {
    vi.useFakeTimers();
    try {
      const abort = new AbortController();
      const slept = sleep(10_000, abort.signal);
      expect(vi.getTimerCount()).toBe(1);
      abort.abort();
      await slept;
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("close", () => {
  it("does not wait for a hung request or a long sleep", async () => {
    const emu = await startEmulator({ latencyMs: 60_000 });
    const client = sdk(emu, { timeout: 30_000 });
    const hung = client.images.generate({ model, prompt: "[fault:hang]" }).catch((e: unknown) => e);
    const slow = client.images.generate({ model, prompt: "slow" }).catch((e: unknown) => e);
    await expect.poll(() => emu.requestCount()).toBe(2);
    await emu.close(); // waiting for either would outlast the test's timeout
    expect(await hung).toBeInstanceOf(OpenAI.APIConnectionError);
    expect(await slow).toBeInstanceOf(OpenAI.APIConnectionError);
  });
});

describe("cli", () => {
  it("starts on the given port, answers, and exits 0 on SIGTERM", async () => {
    const cli = path.join(__dirname, "cli.ts");
    const child = spawn(process.execPath, ["--import", "tsx", cli, "--port", "0", "--latency", "0"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = "";
        child.stdout.on("data", (chunk: Buffer) => {
          out += chunk.toString();
          const match = /on (http:\/\/\S+\/v1)/.exec(out);
          if (match?.[1]) resolve(match[1]);
        });
        child.once("exit", (code) => reject(new Error(`cli exited early with ${code}: ${out}`)));
      });
      const res = await new OpenAI({ apiKey: "k", baseURL: url, maxRetries: 0 }).images.generate({ model, prompt: "cli", quality: "low" });
      expect(res.data).toHaveLength(1);
      const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
    }
  });
});

describe("[latency:MS] marker", () => {
  it("slows down only the request that carries it", async () => {
    const { latencyFor } = await import("./latency");
    expect(latencyFor("a harbour [latency:2500]", 0)).toBe(2500);
    expect(latencyFor("a harbour", 150)).toBe(150);
  });
});
