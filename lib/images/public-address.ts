// Which IP addresses a download may connect to: public ones only. Loopback, private, link-local
// (cloud metadata at 169.254.169.254), shared (CGNAT), documentation, multicast and reserved
// ranges are refused, and so are IPv6 forms that carry an IPv4 address inside (mapped, 6to4,
// Teredo), since they could reach the same private hosts.
import { BlockList, isIP } from "node:net";

const blocked = new BlockList();
for (const [net, bits] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.88.99.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const) {
  blocked.addSubnet(net, bits, "ipv4");
}
for (const [net, bits] of [
  ["::", 128],
  ["::1", 128],
  ["64:ff9b:1::", 48],
  ["100::", 64],
  ["2001::", 32],
  ["2001:db8::", 32],
  ["2002::", 16],
  ["fc00::", 7],
  ["fe80::", 10],
  ["fec0::", 10],
  ["ff00::", 8],
] as const) {
  blocked.addSubnet(net, bits, "ipv6");
}

/** True only for an IP address (v4 or v6, no brackets) that is reachable on the public internet. */
export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  if (family === 6) {
    // Written as ::ffff:a.b.c.d or ::ffff:7f00:1: an IPv4 address in disguise.
    const normal = new URL(`http://[${address}]`).hostname.slice(1, -1);
    if (/^::ffff:/i.test(normal) || /^::(?:[0-9a-f]{1,4}:)?[0-9a-f]{1,4}$/i.test(normal)) return false;
    return !blocked.check(address, "ipv6");
  }
  return !blocked.check(address, "ipv4");
}
