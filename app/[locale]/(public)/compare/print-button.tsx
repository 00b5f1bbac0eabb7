"use client";

/** Prints the comparison (one landscape page). */
export function PrintButton() {
  return (
    <button type="button" className="button button--secondary" onClick={() => window.print()}>
      Print this comparison
    </button>
  );
}
