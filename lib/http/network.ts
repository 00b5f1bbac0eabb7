// The network a client address belongs to, as the key of per-network rate limits and abuse
// signals: an IPv4 address itself, an IPv6 address cut to its /64 (one household or one
// customer's allocation), whatever way it is written.

/** The eight 16-bit groups of an IPv6 address (with "::" and an embedded IPv4 tail expanded), or null. */
function ipv6Groups(ip: string): number[] | null {
  let text = ip.replace(/%.*$/, ""); // a zone id ("fe80::1%eth0") is not part of the address
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (v4) {
    const b = v4.slice(1).map(Number);
    if (b.some((x) => x > 255)) return null;
    text = `${text.slice(0, v4.index)}${((b[0]! << 8) | b[1]!).toString(16)}:${((b[2]! << 8) | b[3]!).toString(16)}`;
  }
  const halves = text.split("::");
  if (halves.length > 2) return null;
  const part = (s: string) => (s === "" ? [] : s.split(":"));
  const head = part(halves[0]!);
  const tail = halves.length === 2 ? part(halves[1]!) : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill("0"), ...tail];
  if (!groups.every((g) => /^[0-9a-f]{1,4}$/i.test(g))) return null;
  return groups.map((g) => parseInt(g, 16));
}

export function networkOf(ip: string): string {
  const address = ip.trim();
  if (!address.includes(":")) return address;
  const groups = ipv6Groups(address);
  if (!groups) return address; // not an address: kept whole, still a key of its own
  // An IPv4 address written as IPv6 ("::ffff:1.2.3.4") is that IPv4 address.
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    return [groups[6]! >> 8, groups[6]! & 255, groups[7]! >> 8, groups[7]! & 255].join(".");
  }
  return `${groups.slice(0, 4).map((g) => g.toString(16)).join(":")}::/64`;
}
