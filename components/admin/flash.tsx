/**
 * The confirmation after an action redirected back. Pages map a fixed `?done=` code to their own
 * text, so nothing from the URL is ever shown as is.
 */
export function Flash({ message }: { message: string | undefined }) {
  if (!message) return null;
  return (
    <p className="alert alert--info" role="status">
      {message}
    </p>
  );
}
