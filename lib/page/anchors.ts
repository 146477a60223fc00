// huggingface.co markup the content script anchors on. Tailwind classes change often: these are data-target, title
// and href hooks (DESIGN.md, "huggingface.co pages"), checked against the saved pages in tests/fixtures/pages.

/** The model page header's island; its data-props carry the model object. */
export const MODEL_HEADER = '[data-target="ModelHeader"]';
/** A listing's island; data-props carry initialValues.models[]. */
export const MODEL_LIST = '[data-target="ModelList"]';
/** The Files tab's island; data-props carry the entries. */
export const FILES_LIST = '[data-target="ViewerIndexTreeList"]';
/** Model cards on listings, organisation pages, collections and sidebars. */
export const CARD = 'article';
/**
 * A card's title when the page clips it to one line with an ellipsis (Tailwind's `truncate`: overflow hidden). A
 * listing's chips go inside it and share its clip (features/listing-cards.tsx); when the class changes, they fall back
 * to a row that clips itself.
 */
export const CLIPPED_TITLE = 'h4.truncate';

/** A root-relative href of a model page (`/{org}/{name}`), compared case-insensitively as the Hub does. */
export function modelHref(id: string): string {
  return `/${id}`;
}
