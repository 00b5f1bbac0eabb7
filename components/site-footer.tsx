import { FactMarksKey } from "@/components/provider/fact-mark";
import { DIRECTORY_NOTICE, LABEL_STATUS_NOTICE } from "@/lib/content/medical";

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="container">
        <section aria-labelledby="medical-notice-title" className="medical-notice">
          <h2 id="medical-notice-title">Medical notice</h2>
          <p>{DIRECTORY_NOTICE}</p>
          <p>{LABEL_STATUS_NOTICE}</p>
          <p>In an emergency, call 911.</p>
        </section>
        {/* Printed too: a printed profile or checklist carries the marks, so it carries their key. */}
        <FactMarksKey />
      </div>
    </footer>
  );
}
