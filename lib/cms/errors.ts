/**
 * A problem that stops a CMS import before it changes anything (missing file, unreadable ZIP, a
 * header without a required column, an unknown data year, another import running). Its message is
 * one line for the person running the import; problems with single rows are never thrown, they are
 * counted and reported with their line number.
 */
export class CmsFatalError extends Error {
  override name = "CmsFatalError";
}
