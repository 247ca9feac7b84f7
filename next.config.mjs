/** @type {import('next').NextConfig} */
const nextConfig = {
  // Uploads of source images (issue: edits) need more than the 1 MB default.
  experimental: { serverActions: { bodySizeLimit: "60mb" } },
  // The build must work offline and never phone home.
  poweredByHeader: false,
  // sharp and the libSQL driver are native: load them from node_modules at run time.
  serverExternalPackages: ["sharp", "@libsql/client", "libsql"],
  typedRoutes: false,
};

export default nextConfig;
