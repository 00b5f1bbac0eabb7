import { notFound } from "next/navigation";

// Any address no page answers, in either language: the language's own "not found" page.
export default function CatchAll() {
  notFound();
}
