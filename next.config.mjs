import { ACTION_ALLOWED_ORIGINS, ACTION_BODY_LIMIT_MB } from "./lib/actions/server-actions.mjs";

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Uploads go to the /api/edits route, which checks the session before reading the body and
  // counts it as it streams (FRESCO_MAX_UPLOAD_MB); actions keep Next's small body limit.
  // proxy.ts reads the same settings to refuse with a sentence instead of a 500.
  experimental: { serverActions: { bodySizeLimit: `${ACTION_BODY_LIMIT_MB}mb`, allowedOrigins: [...ACTION_ALLOWED_ORIGINS] } },
  // The build must work offline and never phone home.
  poweredByHeader: false,
  // sharp and the libSQL driver are native: load them from node_modules at run time. openai too:
  // the SDK names itself in its User-Agent by its class name, which the bundler would minify
  // ("l6/JS 7.57.0"); loaded as is, it sends its own "OpenAI/JS <version>" (e2e/provider-wire.spec.ts).
  // The C2PA library's glue is loaded as is too; lib/c2pa/wasm.ts reads its .wasm from node_modules.
  serverExternalPackages: ["sharp", "@libsql/client", "libsql", "openai", "@contentauth/c2pa-wasm"],
  typedRoutes: false,
};

export default nextConfig;
