import { describe, expect, it } from "vitest";
import { lastFour, openSealed, seal } from "./key-seal";

const KEY = "sk-test-1234567890abcdefWXYZ";

describe("provider key sealing", () => {
  it("opens what it sealed, and the sealed text holds no part of the key", () => {
    const sealed = seal(KEY, "secret-a");
    expect(sealed).not.toContain(KEY);
    expect(sealed).not.toContain("WXYZ");
    expect(openSealed(sealed, ["secret-a"])).toBe(KEY);
    expect(seal(KEY, "secret-a")).not.toBe(sealed); // a fresh IV each time
  });

  it("refuses a ciphertext with one flipped byte, with a sentence", () => {
    const sealed = seal(KEY, "secret-a");
    const parts = sealed.split(".");
    const body = Buffer.from(parts[4]!, "base64url");
    body[0] = body[0]! ^ 0x01;
    parts[4] = body.toString("base64url");
    expect(() => openSealed(parts.join("."), ["secret-a"])).toThrow(/has been altered/);
  });

  it("refuses a swapped key id (it is authenticated too)", () => {
    const a = seal(KEY, "secret-a").split(".");
    const b = seal(KEY, "secret-b").split(".");
    a[1] = b[1]!;
    expect(() => openSealed(a.join("."), ["secret-a", "secret-b"])).toThrow(/has been altered/);
  });

  it("rotation: an old key opens with the previous secret given, and not without it", () => {
    const old = seal(KEY, "secret-old");
    expect(() => openSealed(old, ["secret-new"])).toThrow(/FRESCO_PREVIOUS_SECRET/);
    const plaintext = openSealed(old, ["secret-new", "secret-old"]);
    const resealed = seal(plaintext, "secret-new");
    expect(openSealed(resealed, ["secret-new"])).toBe(KEY);
    expect(resealed.split(".")[1]).not.toBe(old.split(".")[1]);
  });

  it("shows only the last four characters", () => {
    expect(lastFour(KEY)).toBe("WXYZ");
  });
});
