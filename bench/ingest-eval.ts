// Scores an extraction against the seed's hand-curated reply facts (the gold standard of issue 16).
import type { Dataset } from "../seed/dataset";
import type { Extraction } from "../server/domain/extract/types";

export interface Score {
  gold: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : Math.round((a / b) * 1000) / 1000);
function score(gold: Set<string>, predicted: Set<string>): Score & { missed: string[]; wrong: string[] } {
  const correct = [...predicted].filter((p) => gold.has(p)).length;
  return {
    gold: gold.size,
    predicted: predicted.size,
    correct,
    precision: ratio(correct, predicted.size),
    recall: ratio(correct, gold.size),
    missed: [...gold].filter((g) => !predicted.has(g)),
    wrong: [...predicted].filter((p) => !gold.has(p)),
  };
}

/** A link's key; a collaboration has no direction, so its ends are sorted. */
export const linkKey = (type: string, from: string, to: string) =>
  type === "COLLABORATES_WITH" && to < from ? `${type} ${to} ${from}` : `${type} ${from} ${to}`;

function scoreLinks(goldLinks: string[], extraction: Extraction) {
  const predictedLinks = extraction.links
    .filter((l) => l.source.id && l.target.id)
    .map((l) => linkKey(l.type, l.source.id!, l.target.id!));
  const links = score(new Set(goldLinks), new Set(predictedLinks));
  const types = [...new Set([...goldLinks, ...predictedLinks].map((k) => k.split(" ")[0]!))].sort();
  const byType = Object.fromEntries(
    types.map((t) => {
      const { missed, wrong, ...s } = score(
        new Set(goldLinks.filter((k) => k.startsWith(`${t} `))),
        new Set(predictedLinks.filter((k) => k.startsWith(`${t} `))),
      );
      void missed;
      void wrong;
      return [t, s];
    }),
  );
  return { links, byType };
}

const matchedIds = (extraction: Extraction) =>
  new Set(extraction.entities.flatMap((e) => (e.match ? [e.match.id] : [])));

/** A text's hand-labelled reading (tests/fixtures/documents/*.gold.json): node ids and [type, from, to] links. */
export interface Gold {
  entities: string[];
  links: [string, string, string][];
}

/** Scores an extraction against a hand-labelled gold set (the texts written from the fact sheet). */
export function evaluateGold(extraction: Extraction, gold: Gold) {
  return {
    entities: score(new Set(gold.entities), matchedIds(extraction)),
    ...scoreLinks(
      gold.links.map(([t, a, b]) => linkKey(t, a, b)),
      extraction,
    ),
  };
}

/**
 * Known entities: the set of node ids the extraction matched, against the nodes whose provenance is the reply.
 * Links: (type, from, to) between matched ids, against the reply-sourced links, overall and by type. An
 * ambiguous span proposes each node it may be; both count as predicted.
 */
export function evaluate(extraction: Extraction, dataset: Dataset, text: string) {
  const goldNodes = new Set(dataset.nodes.filter((n) => n.prov.source === "reply").map((n) => n.id));
  const predictedNodes = matchedIds(extraction);
  const entities = score(goldNodes, predictedNodes);
  // The subset the dictionary can know by name: gold nodes whose name, nameEn or an alias occurs in the text.
  const flat = text.replace(/\s+/g, "");
  const named = new Set(
    dataset.nodes
      .filter(
        (n) =>
          goldNodes.has(n.id) &&
          [n.name, n.nameEn ?? "", ...(n.aliases ?? [])].some((f) => f && flat.includes(f.replace(/\s+/g, ""))),
      )
      .map((n) => n.id),
  );
  const namedEntities = score(named, new Set([...predictedNodes].filter((id) => goldNodes.has(id) || !named.has(id))));
  const goldLinks = dataset.links.filter((l) => l.prov.source === "reply").map((l) => linkKey(l.type, l.from, l.to));
  const { links, byType } = scoreLinks(goldLinks, extraction);
  const candidates = extraction.entities.filter((e) => !e.match);
  return {
    entities,
    namedEntities,
    links,
    byType,
    candidates: { count: candidates.length, distinct: new Set(candidates.map((c) => c.text)).size },
  };
}
