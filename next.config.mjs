/** @type {import('next').NextConfig} */
const nextConfig = {
  // Edits upload their images through a server action; the whole body is read before the
  // action runs, so the cap is a setting (FRESCO_MAX_UPLOAD_MB) rather than the API's 16 × 50 MB.
  experimental: { serverActions: { bodySizeLimit: `${Number(process.env.FRESCO_MAX_UPLOAD_MB) || 200}mb` } },
  // The build must work offline and never phone home.
  poweredByHeader: false,
  // sharp and the libSQL driver are native: load them from node_modules at run time.
  serverExternalPackages: ["sharp", "@libsql/client", "libsql"],
  typedRoutes: false,
};

export default nextConfig;
