// The browser's location as a search place: the rounding that keeps it from being an exact address
// (two decimals: about a kilometre, plenty for a radius search, and what "Copy link" then shares).
// The messages for each way it can fail are in the interface's messages (searchClient.geo).

/** "lat,lng" rounded to two decimals (about 1 km). */
export function roundedPlace(latitude: number, longitude: number): string {
  return `${latitude.toFixed(2)},${longitude.toFixed(2)}`;
}
