// `npm run keys:rotate`: after changing AUTH_SECRET, re-seals every stored provider key with
// the new secret. Give the old secret as FRESCO_PREVIOUS_SECRET (or keep it as AUTH_SECRET_1);
// once this reports no unreadable keys, the old secret may be dropped. See docs/providers.md.
import { existsSync } from "node:fs";
import { keySecrets } from "@/lib/auth/provider-keys";
import { rotateProviderKeys } from "@/lib/db/provider-key-rotation";

// The server reads these through Next.js; the command must look at the same data folder.
for (const file of [".env.local", ".env"]) if (existsSync(file)) process.loadEnvFile(file);

rotateProviderKeys(keySecrets()).then(
  (report) => {
    console.log(`Re-sealed ${report.resealed} provider key(s); ${report.current} already used the current secret.`);
    for (const u of report.unreadable) console.log(`Cannot open the key of "${u.name}" (team ${u.teamId}): ${u.reason}`);
    process.exit(report.unreadable.length ? 2 : 0);
  },
  (err) => {
    console.error("The key rotation failed:", err);
    process.exit(1);
  },
);
