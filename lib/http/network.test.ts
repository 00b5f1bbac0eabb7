import { describe, expect, it } from "vitest";
import { networkOf } from "./network";

describe("networkOf", () => {
  it("keeps an IPv4 address as it is", () => {
    expect(networkOf("198.51.100.7")).toBe("198.51.100.7");
    expect(networkOf(" 198.51.100.7 ")).toBe("198.51.100.7");
  });

  it("cuts IPv6 to its /64 however it is written", () => {
    const expected = "2001:db8:0:0::/64";
    for (const ip of ["2001:db8::1", "2001:db8::5:0:0:1", "2001:0db8:0000:0000:0000:0000:0000:0001", "2001:DB8:0:0:ffff::", "2001:db8::1%eth0"]) {
      expect(networkOf(ip), ip).toBe(expected);
    }
    expect(networkOf("2001:db8:0:1::1")).toBe("2001:db8:0:1::/64");
    expect(networkOf("::1")).toBe("0:0:0:0::/64");
  });

  it("treats an IPv4 address written as IPv6 as IPv4", () => {
    expect(networkOf("::ffff:198.51.100.7")).toBe("198.51.100.7");
    expect(networkOf("::ffff:c633:6407")).toBe("198.51.100.7");
  });

  it("keeps anything that is not an address whole", () => {
    expect(networkOf("unknown")).toBe("unknown");
    expect(networkOf("1::2::3")).toBe("1::2::3");
    expect(networkOf("1:2:3:4:5:6:7:8:9")).toBe("1:2:3:4:5:6:7:8:9");
  });
});
