import { useLocale, useTranslations } from "next-intl";
import { UseMyLocation } from "@/components/use-my-location";
import { localizedPath } from "@/lib/i18n/routing";
import { RADIUS_OPTIONS, DEFAULT_RADIUS } from "@/lib/validation/search-options";

type Props = { near?: string; radius?: number; error?: string; idPrefix?: string };

/**
 * A plain GET form, so search works without JavaScript; /search validates and explains errors. A
 * server component: its words come in the page's language, and "Use my location" gets its own as props.
 */
export function LocationSearchForm({ near = "", radius = DEFAULT_RADIUS, error, idPrefix = "home" }: Props) {
  const t = useTranslations("searchClient.box");
  const tGeo = useTranslations("searchClient.geo");
  const locale = useLocale();
  const errorId = `${idPrefix}-near-error`;
  return (
    <form
      id={`${idPrefix}-search`}
      action={localizedPath("/search", locale)}
      method="get"
      role="search"
      aria-label={t("homeLabel")}
      className="search-box"
    >
      <div className="field">
        <label htmlFor={`${idPrefix}-near`}>{t("near")}</label>
        <input
          id={`${idPrefix}-near`}
          name="near"
          type="search"
          defaultValue={near}
          maxLength={120}
          autoComplete="postal-code"
          placeholder={t("nearPlaceholder")}
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
          {t("name")} <span className="field-hint">{t("optional")}</span>
        </label>
        <input
          id={`${idPrefix}-name`}
          name="q"
          type="search"
          maxLength={100}
          autoComplete="off"
          spellCheck={false}
          placeholder={t("namePlaceholder")}
          aria-describedby={`${idPrefix}-name-hint`}
        />
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-radius`}>{t("within")}</label>
        <select id={`${idPrefix}-radius`} name="radius" defaultValue={String(radius)}>
          {RADIUS_OPTIONS.map((r) => (
            <option key={r} value={r}>
              {t("miles", { radius: r })}
            </option>
          ))}
        </select>
      </div>
      <div className="search-box__buttons">
        <button type="submit" className="button">
          {t("search")}
        </button>
        <UseMyLocation
          formId={`${idPrefix}-search`}
          messageId={`${idPrefix}-locate-message`}
          searchPath={localizedPath("/search", locale)}
          texts={{
            locate: tGeo("locate"),
            locating: tGeo("locating"),
            denied: tGeo("denied"),
            unavailable: tGeo("unavailable"),
            timeout: tGeo("timeout"),
            unsupported: tGeo("unsupported"),
          }}
        />
      </div>
      <p id={`${idPrefix}-name-hint`} className="field-hint search-box__row">
        {t("homeNameHint")}
      </p>
    </form>
  );
}
