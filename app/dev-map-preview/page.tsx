"use client";

// TEMPORARY preview of the results map (delete before shipping).
import { useMemo, useState } from "react";
import { ResultsMapLoader } from "@/components/map/results-map-loader";
import type { TMapResult } from "@/components/map/types";

const CITIES: [number, number][] = [
  [40.71, -74.0], [34.05, -118.24], [41.88, -87.63], [29.76, -95.37], [33.45, -112.07], [39.95, -75.17],
  [29.42, -98.49], [32.72, -117.16], [32.78, -96.8], [37.34, -121.89], [30.27, -97.74], [39.74, -104.99],
  [47.61, -122.33], [42.36, -71.06], [36.17, -115.14], [45.52, -122.68], [35.15, -90.05], [38.25, -85.76],
  [43.04, -87.91], [35.08, -106.65], [25.76, -80.19], [33.75, -84.39], [44.98, -93.27], [39.1, -94.58],
  [46.87, -113.99], [43.62, -116.2], [35.47, -97.52], [27.95, -82.46],
];

function rng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) % 4294967296;
    return seed / 4294967296;
  };
}

function miles(lat1: number, lng1: number, lat2: number, lng2: number) {
  const r = (d: number) => (d * Math.PI) / 180;
  const a = Math.sin(r(lat2 - lat1) / 2) ** 2 + Math.cos(r(lat1)) * Math.cos(r(lat2)) * Math.sin(r(lng2 - lng1) / 2) ** 2;
  return 3958.8 * 2 * Math.asin(Math.sqrt(a));
}

const CENTER = { lat: 39.5, lng: -98.35 };

function fakeResults(n: number): TMapResult[] {
  const random = rng(42);
  const out: TMapResult[] = [];
  // Three lonely results first, far from any city, so they stay unclustered.
  const lonely: [number, number][] = [[48.0, -104.0], [27.0, -90.0], [26.0, -121.0]];
  for (let i = 0; i < n; i++) {
    const city = CITIES[Math.floor(random() * CITIES.length)] ?? [40, -100];
    const [lat, lng] = lonely[i] ?? [city[0] + (random() - 0.5) * 1.6, city[1] + (random() - 0.5) * 2];
    out.push({
      id: i + 1,
      name: i === 3 ? `<img src=x onerror=alert(1)> Evil, MD` : `Provider ${i + 1}, MD`,
      distanceMiles: miles(CENTER.lat, CENTER.lng, lat, lng),
      latitude: lat,
      longitude: lng,
      profileUrl: `/providers/${i + 1}`,
    });
  }
  return out;
}

export default function DevMapPreview() {
  const [count, setCount] = useState(5000);
  const results = useMemo(() => fakeResults(count), [count]);
  const [highlightedId, setHighlightedId] = useState<number | null>(null);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [lastSelected, setLastSelected] = useState<number | null>(null);
  return (
    <div className="container">
      <h1>Map preview</h1>
      <p>
        Last selected on map: <output data-testid="last-selected">{lastSelected ?? "none"}</output>{" "}
        <button type="button" onClick={() => setCount(count === 0 ? 5000 : 0)}>
          Toggle empty results
        </button>
      </p>
      <div style={{ display: "grid", gridTemplateColumns: "220px 1fr", gap: "1rem" }}>
        <ul style={{ listStyle: "none", padding: 0, margin: 0 }}>
          {results.slice(0, 20).map((r) => (
            <li key={r.id}>
              <button
                type="button"
                data-testid={`list-${r.id}`}
                onMouseEnter={() => setHighlightedId(r.id)}
                onMouseLeave={() => setHighlightedId(null)}
                onFocus={() => setHighlightedId(r.id)}
                onBlur={() => setHighlightedId(null)}
                onClick={() => setSelectedId(r.id)}
              >
                {r.name}
              </button>
            </li>
          ))}
        </ul>
        <ResultsMapLoader
          results={results}
          center={CENTER}
          radiusMiles={1500}
          highlightedId={highlightedId}
          selectedId={selectedId}
          onSelect={(id) => {
            setLastSelected(id);
            setSelectedId(id);
          }}
        />
      </div>
    </div>
  );
}
