// The guide page's content: the domain reference (docs/reference/ai-model-suffixes.md) as data in both languages.

/** A text in both languages of the interface. Inline `code` and **bold** as in the reference. */
export interface GuideText {
  en: string;
  my: string;
}

export type GuideBlock =
  | { kind: 'text'; text: GuideText }
  | { kind: 'table'; head: GuideText[]; rows: GuideText[][] }
  /** Preformatted: the reference's name diagrams, decision trees and configs. */
  | { kind: 'diagram'; text: GuideText };

export interface GuideSection {
  /** The anchor on guide.html (evidence links land here). */
  id: string;
  level: 2 | 3 | 4;
  title: GuideText;
  blocks: GuideBlock[];
}
