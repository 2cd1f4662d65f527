import type { Provenance } from "../../server/contracts/common";
import { t } from "../i18n";
import { h } from "./dom";

/**
 * The source badge every page shows beside a fact: where it comes from (entered in the app: by whom). Its title
 * warns that an illustrative fact is not a fact, or gives the note and the as-of date.
 */
export function sourceBadge(p: Provenance): HTMLElement {
  const label = p.source === "app" && p.by ? t("source.appBy", { by: p.by }) : t(`source.${p.source}`);
  const title =
    p.source === "illustrative"
      ? t("source.illustrativeWarning")
      : [p.note, p.asOf ? t("prov.asOf", { date: p.asOf }) : null].filter(Boolean).join(" · ") || undefined;
  return h("span", { class: `badge ${p.source}`, "data-source": p.source, title }, label);
}
