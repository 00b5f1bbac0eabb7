import { describe, expect, it } from "vitest";
import { directionsUrl } from "./directions";

// The profile's "Directions" link (issue 18): OpenStreetMap by default, any https template by
// configuration, never a broken or non-https link.

const practice = { latitude: 41.878113, longitude: -87.6297981, address: "12 Main St, Chicago, IL 60601" };

describe("directionsUrl", () => {
  it("opens OpenStreetMap's directions to the practice's coordinates by default", () => {
    expect(directionsUrl(practice)).toBe("https://www.openstreetmap.org/directions?to=41.87811%2C-87.6298");
  });

  it("fills a configured template's address and coordinates, URL-encoded", () => {
    expect(directionsUrl(practice, "https://www.google.com/maps/dir/?api=1&destination={address}")).toBe(
      "https://www.google.com/maps/dir/?api=1&destination=12%20Main%20St%2C%20Chicago%2C%20IL%2060601",
    );
    expect(directionsUrl(practice, "https://maps.example/route?to={lat},{lng}&name={address}")).toBe(
      "https://maps.example/route?to=41.87811,-87.6298&name=12%20Main%20St%2C%20Chicago%2C%20IL%2060601",
    );
  });

  it("searches for the address when the practice has no coordinates", () => {
    const noPoint = { ...practice, latitude: null, longitude: null };
    expect(directionsUrl(noPoint)).toBe(
      "https://www.openstreetmap.org/search?query=12%20Main%20St%2C%20Chicago%2C%20IL%2060601",
    );
    expect(directionsUrl({ ...noPoint, address: "  " })).toBeNull();
  });

  it("cannot be made to link anywhere but https, even by an address", () => {
    expect(directionsUrl(practice, "javascript:alert({lat})")).toBeNull();
    expect(directionsUrl(practice, "http://maps.example/?to={lat},{lng}")).toBeNull();
    const tricky = { ...practice, address: "x&to=https://evil.example#" };
    expect(directionsUrl(tricky, "https://maps.example/?q={address}")).toBe(
      "https://maps.example/?q=x%26to%3Dhttps%3A%2F%2Fevil.example%23",
    );
  });

  it("ignores coordinates outside the globe", () => {
    expect(directionsUrl({ ...practice, latitude: 123, longitude: 0 })).toContain("/search?query=");
  });
});
