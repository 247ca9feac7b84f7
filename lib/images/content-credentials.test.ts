// What the detail page will say about a file's provenance, read from real files: the emulator's
// signed output, a re-encode, a tampered copy and bytes that are no image at all.
import { readFileSync } from "node:fs";
import path from "node:path";
import { crc32 } from "node:zlib";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { signAsEmulator } from "@/lib/emulator/credentials/sign";
import { readContentCredentials } from "./content-credentials";

const testCa = readFileSync(path.join(process.cwd(), "lib/emulator/credentials/ca.pem"), "utf8");
const picture = (format: "png" | "jpeg" | "webp") =>
  sharp({ create: { width: 48, height: 32, channels: 3, background: "#36c" } })[format]().toBuffer();

/** The same file with one byte of its first IDAT's pixel data changed (and the chunk's CRC fixed). */
function tamperPng(file: Buffer): Buffer {
  const out = Buffer.from(file);
  for (let at = 8; at < out.length; ) {
    const length = out.readUInt32BE(at);
    if (out.toString("latin1", at + 4, at + 8) === "IDAT") {
      out[at + 8 + Math.floor(length / 2)]! ^= 0xff;
      out.writeUInt32BE(crc32(out.subarray(at + 4, at + 8 + length)), at + 8 + length);
      return out;
    }
    at += 12 + length;
  }
  throw new Error("no IDAT");
}

describe("readContentCredentials", () => {
  it("reads the emulator's PNG: the issuer, made with AI, the model's action; not trusted without an anchor", async () => {
    const signed = await signAsEmulator(await picture("png"), "png", "gpt-image-1-mini");
    const seen = await readContentCredentials(signed);
    expect(seen).toEqual({
      state: "valid",
      issuer: "Fresco Test",
      signer: "Fresco Emulator Signer",
      claimGenerator: "Fresco Images API emulator 1",
      madeWithAi: true,
      actions: [{ action: "c2pa.created", softwareAgent: "gpt-image-1-mini", when: null }],
      problems: ["signingCredential.untrusted"],
    });
    expect(await readContentCredentials(signed, { trustAnchorsPem: testCa })).toMatchObject({ state: "trusted", problems: [] });
  });

  it.each(["jpeg", "webp"] as const)("reads the emulator's %s too", async (format) => {
    const signed = await signAsEmulator(await picture(format), format, "gpt-image-1.5");
    expect(await readContentCredentials(signed)).toMatchObject({ state: "valid", issuer: "Fresco Test", madeWithAi: true });
  });

  it("finds none in a plain file, nor in a sharp re-encode of a signed one", async () => {
    expect(await readContentCredentials(await picture("png"))).toMatchObject({ state: "none", issuer: null, actions: [], problems: [] });
    const signed = await signAsEmulator(await picture("png"), "png", "gpt-image-1-mini");
    const reencoded = await sharp(signed).composite([{ input: await picture("png"), left: 0, top: 0, blend: "multiply" }]).png().toBuffer();
    expect((await readContentCredentials(reencoded)).state).toBe("none");
  });

  it("calls a file whose pixels changed after signing invalid, and still says who signed it", async () => {
    const signed = await signAsEmulator(await picture("png"), "png", "gpt-image-1-mini");
    const seen = await readContentCredentials(tamperPng(signed), { trustAnchorsPem: testCa });
    expect(seen).toMatchObject({ state: "invalid", issuer: "Fresco Test" });
    expect(seen.problems).toContain("assertion.dataHash.mismatch");
  });

  it("answers unreadable, without throwing, for bytes that are no image or a broken one", async () => {
    expect(await readContentCredentials(Buffer.from("not an image at all"))).toMatchObject({ state: "unreadable", madeWithAi: false });
    const signed = await signAsEmulator(await picture("png"), "png", "gpt-image-1-mini");
    expect((await readContentCredentials(signed.subarray(0, Math.floor(signed.length * 0.6)))).state).toBe("unreadable");
    expect((await readContentCredentials(Buffer.concat([signed.subarray(0, 8), Buffer.from("garbage")])))).toMatchObject({ state: "unreadable" });
  });
});
