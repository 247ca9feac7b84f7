import { renderScene, partialRendition } from "./render";
import { encode } from "./encode";
import { writeFileSync } from "node:fs";
import sharp from "sharp";
(async () => {
  for (let i = 0; i < 6; i++) {
    const t = Date.now();
    const raw = await renderScene("seed" + i, 0, i % 2 ? 1536 : 1024, 1024, i === 5);
    const png = await encode(raw, { format: "png", compression: 100, lossless: false });
    console.log(i, Date.now() - t, "ms", png.length);
    writeFileSync(`/tmp/emu/s${i}.png`, png);
  }
  const raw = await renderScene("seed1", 0, 1536, 1024, false);
  for (let k = 0; k < 3; k++) writeFileSync(`/tmp/emu/p${k}.png`, await encode(await partialRendition(raw, k, 3), { format: "png", compression: 100, lossless: false }));
  // contact sheet
  const files = [0,1,2,3,4,5].map(i => `/tmp/emu/s${i}.png`).concat([0,1,2].map(k=>`/tmp/emu/p${k}.png`));
  const tiles = await Promise.all(files.map(f => sharp(f).resize(300, 200, { fit: "contain", background: "#888" }).flatten({background:"#888"}).png().toBuffer()));
  await sharp({ create: { width: 900, height: 600, channels: 3, background: "#888" } })
    .composite(tiles.map((b, i) => ({ input: b, left: (i % 3) * 300, top: Math.floor(i / 3) * 200 }))).png().toFile("/tmp/emu/sheet.png");
})();
