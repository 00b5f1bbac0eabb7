/**
 * A problem that stops the whole import (missing file, unreadable ZIP, a header without a required
 * column, another import running). Its message is one line meant for the person running the import;
 * problems with single rows are never thrown, they are counted and reported.
 */
export class NppesFatalError extends Error {
  override name = "NppesFatalError";
}
