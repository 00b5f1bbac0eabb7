// The browser's location as a search place: the messages for each way it can fail, and the
// rounding that keeps it from being an exact address (two decimals: about a kilometre, plenty for
// a radius search, and what "Copy link" then shares).

export const GEO_ERRORS: Record<number, string> = {
  1: "Location access was refused. Type a ZIP code or city instead, or allow location access in your browser.",
  2: "Your location could not be found. Type a ZIP code or city instead.",
  3: "Finding your location took too long. Try again, or type a ZIP code or city.",
};

export const GEO_UNSUPPORTED = "This browser cannot share its location. Type a ZIP code or city instead.";

/** "lat,lng" rounded to two decimals (about 1 km). */
export function roundedPlace(latitude: number, longitude: number): string {
  return `${latitude.toFixed(2)},${longitude.toFixed(2)}`;
}
