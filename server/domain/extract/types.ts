// The extractor's vocabulary: what it reads (a dictionary of graph nodes) and what it proposes.
import type { NodeKind, RelType } from "../../contracts/model";
import type { Why } from "./reasons";

/** A graph node as the dictionary needs it (ids, names and the names it goes by). */
export interface DictNode {
  id: string;
  kind: NodeKind;
  name: string;
  nameEn?: string;
  aliases?: string[];
}

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  index: number;
  text: string;
  /** It opens a numbered item (1. / （一） / 一、). */
  marker: boolean;
  /** The sentence that heads the numbered item this sentence belongs to (its measure's name), if any. */
  heading: number | null;
}

/** How a mention was recognised; decides its confidence. */
export type Via = "name" | "alias" | "nameEn" | "short" | "pattern" | "quoted" | "vocabulary";

export interface EntityProposal extends Span {
  id: string;
  /** Stable across re-ingests (no offsets): the key a rejection is remembered by. */
  key: string;
  text: string;
  kind: NodeKind;
  match: { id: string; name: string } | null;
  /** A candidate's closest existing node, which it may be (merge suggestion). */
  close: { id: string; name: string; score: number } | null;
  quote: string;
  sentence: number;
  confidence: number;
  /** English sentence of `why` (API, CLI). */
  reason: string;
  why: Why;
  via: Via;
  /** Id of the proposal whose span contains this one (a technology named in a project's title). */
  within: string | null;
}

export interface LinkEnd {
  text: string;
  id: string | null;
  kind: NodeKind;
  /** The entity proposal this end is. */
  ref: string;
}

export interface LinkProposal extends Span {
  id: string;
  key: string;
  type: RelType;
  source: LinkEnd;
  target: LinkEnd;
  quote: string;
  sentence: number;
  cue: string;
  inferred: boolean;
  confidence: number;
  reason: string;
  why: Why;
}

export interface ProblemProposal extends Span {
  id: string;
  key: string;
  title: string;
  owner: { text: string; id: string | null } | null;
  indicators: string | null;
  bounty: string | null;
  deadline: string | null;
  quote: string;
  confidence: number;
  reason: string;
  why: Why;
}

export interface DocumentMeta {
  sha256: string;
  chars: number;
  title: string | null;
  number: string | null;
  date: string | null;
  issuer: { text: string; id: string | null } | null;
}

export interface Extraction {
  document: DocumentMeta;
  sentences: Sentence[];
  entities: EntityProposal[];
  links: LinkProposal[];
  problems: ProblemProposal[];
}
