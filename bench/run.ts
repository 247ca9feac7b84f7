// `npm run bench`: prints Fresco's performance figures. Slow whole-system figures (first start
// on a fresh clone, `npm test` wall time, pages at 1k/10k/100k generations, the cost of a
// generation at 1k/10k/100k and 1/8/40 at once) run with --first-start, --test-time, --flat and
// --speed-scale (or --all);
// --quick runs only the in-process figures (no browser).
import os from "node:os";
import { benchAppTime } from "./app-time";
import { benchCanvas } from "./canvas";
import { benchCredentials } from "./credentials";
import { benchFlat } from "./flat";
import { benchFirstStart, benchTestTime } from "./fresh-clone";
import { benchGallery } from "./gallery";
import { benchGalleryPage } from "./gallery-page";
import { benchHistory } from "./history";
import { benchHistoryPage } from "./history-page";
import { benchFirstPartial, benchGalleryUnderLoad } from "./panel";
import { benchPaintFrames } from "./paint-frames";
import { benchSpeed } from "./speed";
import { benchSpeedScale } from "./speed-scale";

async function main() {
  const args = new Set(process.argv.slice(2));
  console.log(`Fresco benchmarks — ${new Date().toISOString()} — node ${process.version}, ${os.cpus().length} cores, load ${os.loadavg()[0]!.toFixed(1)}\n`);
  await benchAppTime();
  benchHistory();
  benchGallery();
  benchCredentials();
  if (!args.has("--quick")) {
    await benchFirstPartial();
    await benchGalleryUnderLoad();
    await benchCanvas();
    await benchPaintFrames();
    await benchHistoryPage();
    await benchGalleryPage();
    await benchSpeed(); // issue 15: against the bare playground, interleaved (bench/playground/)
  }
  if (args.has("--first-start") || args.has("--all")) await benchFirstStart();
  if (args.has("--test-time") || args.has("--all")) await benchTestTime();
  // Seeds 1k, 10k and 100k generations and starts the built app on each (needs `next build`).
  if (args.has("--flat") || args.has("--all")) await benchFlat();
  if (args.has("--speed-scale") || args.has("--all")) await benchSpeedScale();
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
