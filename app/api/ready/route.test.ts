// The probes a proxy asks: /api/health says the process is alive; /api/ready says whether the
// database (with every migration) and the blob store answer, in words that carry no secret.
import { describe, expect, it } from "vitest";
import { GET as health } from "@/app/api/health/route";
import { GET as ready } from "@/app/api/ready/route";
import { setServices, services } from "@/lib/services";
import { markStarted } from "@/lib/shutdown";

describe("health and readiness", () => {
  it("/api/health answers alive, without a session, and is never cached", async () => {
    const res = health();
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(await res.json()).toEqual({ status: "alive" });
  });

  it("/api/ready is 503 until the instance has started (its work settled, its runner attached)", async () => {
    const res = await ready();
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ ready: false, checks: { instance: "starting" } });
  });

  it("/api/ready is 200 when the database has every migration and the blob store answers", async () => {
    markStarted(); // what lib/boot.ts does at the end of start-up
    const res = await ready();
    expect(await res.json()).toEqual({ ready: true, checks: { database: "ok", migrations: "ok", blobStore: "ok", instance: "ok" } });
    expect(res.status).toBe(200);
  });

  it("/api/ready is 503 while the instance stops (SIGTERM), so a proxy sends new requests elsewhere", async () => {
    const holder = globalThis as { frescoStopping?: boolean };
    holder.frescoStopping = true; // what lib/shutdown.ts sets on the signal
    try {
      const res = await ready();
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({ ready: false, checks: { instance: "stopping", database: "ok" } });
    } finally {
      holder.frescoStopping = false;
    }
  });

  it("/api/ready is 503 when the blob store does not answer, and says so without the error's text", async () => {
    const secret = "s3://fresco-private.internal:9000 AccessDenied key=AKIASECRET";
    const restore = setServices({ blobs: { ...services().blobs, stat: async () => Promise.reject(new Error(secret)) } });
    try {
      const res = await ready();
      expect(res.status).toBe(503);
      const text = await res.text();
      expect(JSON.parse(text)).toMatchObject({ ready: false, checks: { blobStore: "unreachable", database: "ok" } });
      expect(text).not.toMatch(/internal|AKIA|AccessDenied/);
    } finally {
      restore();
    }
  });
});
