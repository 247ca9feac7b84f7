// Content credentials (C2PA): the one-off cost of loading the library's wasm in a process, and
// per 1024x1024 emulator image the cost of reading its manifest (what store time pays per
// image) and of signing it (what the emulator pays per final image), in png, jpeg and webp.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { fmtMs, summarize } from "./stats";

const RUNS = 20;
const WARMUP = 3;

/** For `npm run bench`: in a process of its own, so the wasm load is measured cold. */
export function benchCredentials(): void {
  execFileSync(path.resolve("node_modules/.bin/tsx"), ["--conditions=react-server", __filename], { stdio: "inherit" });
}

async function measureCredentials(): Promise<void> {
  const { loadC2pa } = await import("@/lib/c2pa/wasm");
  const { signAsEmulator } = await import("@/lib/emulator/credentials/sign");
  const { renderScene } = await import("@/lib/emulator/render");
  const { encode } = await import("@/lib/emulator/encode");
  const { readContentCredentials } = await import("@/lib/images/content-credentials");

  const t0 = performance.now();
  loadC2pa();
  console.log(`Content credentials: wasm load (once per process) ${fmtMs(performance.now() - t0)}; per 1024x1024 image, ${RUNS} runs:`);
  const scene = await renderScene("bench-credentials", 0, 1024, 1024, false);
  // Noise: a file as large as a detailed provider output (a 1024x1024 PNG of a photo is 1-3 MB).
  const noise = { ...scene, data: Buffer.from(randomBytes(scene.data.length).map((v, i) => (i % 4 === 3 ? 255 : v))) };
  for (const [format, picture] of [["png", scene], ["jpeg", scene], ["webp", scene], ["png", noise]] as const) {
    const plain = await encode(picture, { format, compression: 100, lossless: false });
    const signMs: number[] = [];
    const readMs: number[] = [];
    const plainMs: number[] = [];
    let signed = plain;
    for (let i = 0; i < RUNS + WARMUP; i++) {
      let t = performance.now();
      signed = await signAsEmulator(plain, format, "gpt-image-1-mini");
      const sign = performance.now() - t;
      t = performance.now();
      await readContentCredentials(signed);
      const read = performance.now() - t;
      t = performance.now();
      await readContentCredentials(plain);
      if (i < WARMUP) continue;
      plainMs.push(performance.now() - t);
      signMs.push(sign);
      readMs.push(read);
    }
    const [s, r, p] = [summarize(signMs), summarize(readMs), summarize(plainMs)];
    console.log(
      `  ${format.padEnd(4)} ${(plain.length / 1024).toFixed(0)} KB (+${((signed.length - plain.length) / 1024).toFixed(1)} KB manifest): ` +
        `read median ${fmtMs(r.median)} p95 ${fmtMs(r.p95)}; read without a manifest ${fmtMs(p.median)}; sign median ${fmtMs(s.median)} p95 ${fmtMs(s.p95)}`,
    );
  }
}

// `npx tsx --conditions=react-server bench/credentials.ts` runs this figure alone.
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  measureCredentials().then(
    () => process.exit(0),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
