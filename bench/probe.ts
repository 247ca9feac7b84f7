// `npm run probe`: attacks the built app on 127.0.0.1 and prints what it withstood — hostile
// event streams (bench/probe-events.ts) and hostile request bodies (bench/probe-uploads.ts).
// Each part starts its own server on its own port and data folder, and is bounded in count
// and time. Run `npx next build` first (npm start does it too).
import os from "node:os";
import { probeEvents } from "./probe-events";
import { probeUploads } from "./probe-uploads";

async function main() {
  const only = process.argv.slice(2);
  console.log(`Fresco probe — ${new Date().toISOString()} — node ${process.version}, ${os.cpus().length} cores, load ${os.loadavg()[0]!.toFixed(1)}`);
  if (only.length === 0 || only.includes("events")) await probeEvents();
  if (only.length === 0 || only.includes("uploads")) await probeUploads();
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
