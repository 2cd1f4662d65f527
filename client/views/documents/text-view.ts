import type { DocumentDetail, EntityProposal } from "../../../server/contracts/documents";
import { t } from "../../i18n";
import { h } from "../../lib/dom";

/**
 * The document's text, sentence by sentence (each an anchor `s-<index>`), with the top-level mentions
 * highlighted by kind: a known node solid, a new candidate dashed. Text is set as text, never as HTML.
 */
export function textView(
  doc: DocumentDetail,
  entities: EntityProposal[],
  onMention: (id: string) => void,
): { el: HTMLElement; focus(start: number, end?: number): void } {
  const marks = entities.filter((e) => !e.within).sort((a, b) => a.start - b.start || b.end - a.end);
  const top: EntityProposal[] = [];
  for (const m of marks) if (!top.length || m.start >= top[top.length - 1]!.end) top.push(m);
  const el = h("div", { class: "doc-text", "data-testid": "doc-text", lang: "zh-CN" });
  let at = 0;
  let k = 0;
  const sentenceEls: HTMLElement[] = [];
  for (const s of doc.sentences) {
    if (s.start > at) el.append(doc.text.slice(at, s.start));
    const span = h("span", { class: "sentence", id: `s-${s.index}`, "data-start": s.start, "data-end": s.end });
    let pos = s.start;
    while (k < top.length && top[k]!.start < s.end) {
      const m = top[k]!;
      if (m.start >= pos) {
        span.append(doc.text.slice(pos, m.start));
        span.append(
          h(
            "mark",
            {
              class: `mention kind-${m.kind}${m.match ? "" : " candidate"}`,
              "data-proposal": m.id,
              title: `${t(`kind.${m.kind}`)} · ${m.match ? m.match.name : t("doc.candidate")}`,
              onclick: () => onMention(m.id),
            },
            doc.text.slice(m.start, Math.min(m.end, s.end)),
          ),
        );
        pos = Math.min(m.end, s.end);
      }
      k++;
    }
    span.append(doc.text.slice(pos, s.end));
    el.append(span);
    sentenceEls.push(span);
    at = s.end;
  }
  if (at < doc.text.length) el.append(doc.text.slice(at));

  return {
    el,
    /** Highlight the sentence holding this range and scroll it into view (the explorer links here with ?at=). */
    focus(start: number) {
      for (const s of el.querySelectorAll(".sentence.focus")) s.classList.remove("focus");
      const i = doc.sentences.findIndex((s) => start >= s.start && start < s.end);
      const target = sentenceEls[i];
      if (!target) return;
      target.classList.add("focus");
      target.scrollIntoView({ block: "center" });
    },
  };
}
