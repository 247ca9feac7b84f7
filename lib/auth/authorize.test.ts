// Sign-in throttling against the real database: how many passwords actually get checked.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db/client";
import { createPasswordUser } from "@/lib/db/users";
import { clientAddress } from "./client-address";
import { hashPassword } from "./password";
import { peerHeaderName, stampPeerAddresses } from "./peer-address";

// Counts every password check, real or the decoy one made for unknown emails.
const checks = vi.hoisted(() => ({ count: 0 }));
vi.mock("./password", async (importOriginal) => {
  const real = await importOriginal<typeof import("./password")>();
  return {
    ...real,
    verifyPassword: (hash: string, password: string) => (checks.count++, real.verifyPassword(hash, password)),
    burnVerifyTime: (password: string) => (checks.count++, real.burnVerifyTime(password)),
  };
});

const { authorizePassword, signInErrorMessage } = await import("./authorize");

stampPeerAddresses();
/** A sign-in request as Auth.js hands it over, from socket `peer`, with extra headers. */
const request = (peer: string, extra: Record<string, string> = {}) =>
  new Request("http://localhost:3000/api/auth/callback/credentials", { method: "POST", headers: { [peerHeaderName()!]: peer, ...extra } });

/** Outcome of one attempt: "ok", "invalid" or "throttled". */
const attempt = (email: string, password: string, req: Request) =>
  authorizePassword({ email, password }, req).then(
    () => "ok",
    (err: { code?: string }) => (err.code?.startsWith("throttled:") ? "throttled" : String(err.code)),
  );

const password = "a long right password";
beforeAll(async () => {
  await createPasswordUser({ email: "vic@example.test", name: "Vic", passwordHash: await hashPassword(password) });
});
beforeEach(async () => {
  checks.count = 0;
  await prisma.signInThrottle.deleteMany();
});

describe("sign-in throttling", () => {
  it("25 wrong passwords at once for one account: at most 5 are checked", async () => {
    const outcomes = await Promise.all(Array.from({ length: 25 }, () => attempt("vic@example.test", "wrong guess", request("203.0.113.7"))));
    expect(checks.count).toBeLessThanOrEqual(5);
    expect(outcomes.filter((o) => o === "invalid")).toHaveLength(checks.count);
    expect(outcomes.filter((o) => o === "throttled")).toHaveLength(25 - checks.count);
    // Paused: even the right password is not checked now.
    expect(await attempt("vic@example.test", password, request("203.0.113.7"))).toBe("throttled");
  });

  it("a made-up X-Forwarded-For does not give fresh budgets: one socket, at most 20 guesses", async () => {
    const outcomes: string[] = [];
    for (let i = 0; i < 25; i++) {
      outcomes.push(await attempt(`nobody${i}@example.test`, "guess", request("198.51.100.9", { "x-forwarded-for": `10.0.${i}.1` })));
    }
    expect(checks.count).toBe(20);
    expect(outcomes.slice(20)).toEqual(Array(5).fill("throttled"));
    // Another socket still has its own budget (positive control).
    expect(await attempt("vic@example.test", password, request("198.51.100.10"))).toBe("ok");
  });

  it("a right password signs in, and gives its place in the address budget back", async () => {
    for (let i = 0; i < 19; i++) await attempt(`x${i}@example.test`, "guess", request("192.0.2.5"));
    for (let i = 0; i < 3; i++) expect(await attempt("vic@example.test", password, request("192.0.2.5"))).toBe("ok");
  });

  it("says how long the pause lasts", () => {
    expect(signInErrorMessage("throttled:15")).toMatch(/paused for 15 minutes/);
    expect(signInErrorMessage("invalid")).toMatch(/do not match/);
  });
});

describe("clientAddress", () => {
  const headers = (peer: string, xff?: string) => new Headers({ [peerHeaderName()!]: peer, ...(xff ? { "x-forwarded-for": xff } : {}) });

  it("without a trusted proxy: the socket, whatever X-Forwarded-For says", () => {
    expect(clientAddress(headers("198.51.100.9", "1.2.3.4"), 0)).toBe("198.51.100.9");
    expect(clientAddress(headers("::ffff:198.51.100.9"), 0)).toBe("198.51.100.9");
  });

  it("behind n proxies: the n-th address from the right, never what the client wrote further left", () => {
    expect(clientAddress(headers("10.0.0.2", "spoofed, 203.0.113.7"), 1)).toBe("203.0.113.7");
    expect(clientAddress(headers("10.0.0.3", "spoofed, 203.0.113.7, 10.0.0.2"), 2)).toBe("203.0.113.7");
    expect(clientAddress(headers("10.0.0.2"), 1)).toBe("10.0.0.2");
  });

  it("a header named like the stamp but sent by a client is not the stamp", () => {
    expect(clientAddress(new Headers({ "x-fresco-peer": "1.2.3.4", "x-forwarded-for": "5.6.7.8" }), 0)).toBe("unknown");
  });
});
