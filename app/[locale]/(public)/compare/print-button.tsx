"use client";

/** Prints the comparison (one landscape page). */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className="button button--secondary" onClick={() => window.print()}>
      {label}
    </button>
  );
}
