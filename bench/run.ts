// `npm run bench`: prints Fresco's performance figures. Slow whole-system figures (first start
// on a fresh clone, `npm test` wall time) run with --first-start and --test-time.
import { benchAppTime } from "./app-time";
import { benchFirstStart, benchTestTime } from "./fresh-clone";

const args = new Set(process.argv.slice(2));

console.log(`Fresco benchmarks — ${new Date().toISOString()} — node ${process.version}, ${(await import("node:os")).cpus().length} cores\n`);
await benchAppTime();
if (args.has("--first-start") || args.has("--all")) await benchFirstStart();
if (args.has("--test-time") || args.has("--all")) await benchTestTime();
process.exit(0);
