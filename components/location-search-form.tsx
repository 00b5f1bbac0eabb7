import { UseMyLocation } from "@/components/use-my-location";
import { RADIUS_OPTIONS, DEFAULT_RADIUS } from "@/lib/validation/search-params";

type Props = { near?: string; radius?: number; error?: string; idPrefix?: string };

/** A plain GET form, so search works without JavaScript; /search validates and explains errors. */
export function LocationSearchForm({ near = "", radius = DEFAULT_RADIUS, error, idPrefix = "home" }: Props) {
  const errorId = `${idPrefix}-near-error`;
  return (
    <form id={`${idPrefix}-search`} action="/search" method="get" role="search" aria-label="Find a doctor near you" className="search-box">
      <div className="field">
        <label htmlFor={`${idPrefix}-near`}>ZIP code or city</label>
        <input
          id={`${idPrefix}-near`}
          name="near"
          type="search"
          defaultValue={near}
          maxLength={120}
          autoComplete="postal-code"
          placeholder="e.g. 02139 or Boston, MA"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : `${idPrefix}-locate-message`}
        />
        {error ? (
          <p id={errorId} className="field-error">
            {error}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-name`}>
          Doctor or practice name <span className="field-hint">(optional)</span>
        </label>
        <input
          id={`${idPrefix}-name`}
          name="q"
          type="search"
          maxLength={100}
          autoComplete="off"
          spellCheck={false}
          placeholder="e.g. Foster"
          aria-describedby={`${idPrefix}-name-hint`}
        />
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-radius`}>Within</label>
        <select id={`${idPrefix}-radius`} name="radius" defaultValue={String(radius)}>
          {RADIUS_OPTIONS.map((r) => (
            <option key={r} value={r}>
              {r} miles
            </option>
          ))}
        </select>
      </div>
      <div className="search-box__buttons">
        <button type="submit" className="button">
          Search
        </button>
        <UseMyLocation formId={`${idPrefix}-search`} messageId={`${idPrefix}-locate-message`} />
      </div>
      <p id={`${idPrefix}-name-hint`} className="field-hint search-box__row">
        Referred to a doctor? Type their name; a name without a place searches the whole country.
      </p>
    </form>
  );
}
