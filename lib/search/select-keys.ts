// A closed <select> changes its value on every arrow key (Chrome, Edge, Firefox on Windows), and the
// filters apply on change: without care, arrowing through a menu runs a search a step. Keys that only
// browse are told apart here, so the form waits for the choice to be made (Enter, Tab or leaving).

/** Keys that move through a closed select's options without choosing one. */
const BROWSE_KEYS = new Set(["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight", "Home", "End", "PageUp", "PageDown"]);

/** True when a change of this select came from browsing keys (a printable letter jumps too). */
export function isBrowsingKey(key: string): boolean {
  return BROWSE_KEYS.has(key) || key.length === 1;
}
