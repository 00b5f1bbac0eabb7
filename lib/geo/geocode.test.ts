import { describe, expect, it } from "vitest";
import { geocodeAddress } from "./geocode";
import { lookupZip } from "./zip-table";

const address = { street1: "1 Main St", city: "Boston", state: "MA", zip: "02115-1234" };
const centroid = lookupZip("02115")!;
const json =
  (body: unknown, status = 200) =>
  async () =>
    new Response(JSON.stringify(body), { status });

describe("geocodeAddress", () => {
  it("uses the ZIP centroid without a geocoder, and returns null for an unknown ZIP", async () => {
    expect(await geocodeAddress(address)).toEqual({
      latitude: centroid.lat,
      longitude: centroid.lng,
      geoSource: "zip-centroid",
    });
    expect(await geocodeAddress({ ...address, zip: "00000" })).toBeNull();
  });

  it("reads the Census geocoder's answer and sends the address", async () => {
    let asked: URL | undefined;
    const fetchImpl = (async (url: URL) => {
      asked = url;
      return new Response(
        JSON.stringify({ result: { addressMatches: [{ coordinates: { x: -71.09, y: 42.34 } }] } }),
      );
    }) as unknown as typeof fetch;
    const p = await geocodeAddress(address, {
      geocoderUrl: "https://geo.example/find?format=json",
      fetchImpl,
    });
    expect(p).toEqual({ latitude: 42.34, longitude: -71.09, geoSource: "geocoder" });
    expect(asked?.searchParams.get("street")).toBe("1 Main St");
    expect(asked?.searchParams.get("zip")).toBe("02115");
    expect(asked?.searchParams.get("format")).toBe("json");
  });

  it("falls back to the centroid on any failure", async () => {
    const opts = (fetchImpl: unknown) => ({
      geocoderUrl: "https://geo.example/find",
      fetchImpl: fetchImpl as typeof fetch,
      timeoutMs: 50,
    });
    const fallback = { latitude: centroid.lat, longitude: centroid.lng, geoSource: "zip-centroid" };
    expect(await geocodeAddress(address, opts(json({}, 500)))).toEqual(fallback);
    expect(await geocodeAddress(address, opts(json({ result: { addressMatches: [] } })))).toEqual(fallback);
    expect(await geocodeAddress(address, opts(json({ lat: 0, lng: 0 })))).toEqual(fallback);
    // A match in another state is a wrong match.
    expect(await geocodeAddress(address, opts(json({ lat: 34.05, lng: -118.24 })))).toEqual(fallback);
    expect(
      await geocodeAddress(
        address,
        opts(async () => {
          throw new Error("ECONNREFUSED");
        }),
      ),
    ).toEqual(fallback);
    const hang = (_url: URL, init: RequestInit) =>
      new Promise((_resolve, reject) =>
        init.signal?.addEventListener("abort", () => reject(new Error("aborted"))),
      );
    expect(await geocodeAddress(address, opts(hang))).toEqual(fallback);
  });

  it("accepts a plain { lat, lng } answer near the ZIP", async () => {
    const fetchImpl = json({ lat: 42.3401, lng: -71.0891 }) as unknown as typeof fetch;
    expect(
      await geocodeAddress(address, { geocoderUrl: "https://geo.example/find", fetchImpl }),
    ).toMatchObject({ geoSource: "geocoder", latitude: 42.3401 });
  });
});
