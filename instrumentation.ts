// Runs once when the server process starts (Next.js instrumentation hook).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // First, so every request carries its socket's address (sign-in throttling needs it).
  (await import("./lib/auth/peer-address")).stampPeerAddresses();
  const { boot } = await import("./lib/boot");
  await boot();
}
