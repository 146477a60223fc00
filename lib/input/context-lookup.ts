/** What the context menu looks up: the huggingface.co link it was opened on, else the selected text (trimmed, short). */
export function contextLookupQuery(linkUrl: string | undefined, selectionText: string | undefined): string | null {
  if (linkUrl && /^https:\/\/(?:www\.)?huggingface\.co\//.test(linkUrl)) return linkUrl;
  const selection = selectionText?.trim().replace(/\s+/g, ' ');
  if (selection && selection.length <= 300) return selection;
  return null;
}
