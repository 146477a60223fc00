// A /models listing of any size for the page benchmark: the saved listing's first card repeated with other IDs.

/** The saved listing page with its cards replaced by one card per ID (same markup as the real cards). */
export function generateListing(html: string, ids: readonly string[]): string {
  const first = html.indexOf('<article');
  const last = html.lastIndexOf('</article>') + '</article>'.length;
  const template = html.slice(first, html.indexOf('</article>', first) + '</article>'.length);
  const id = /href="\/([^"]+)"/.exec(template)?.[1];
  if (first < 0 || !id) throw new Error('no model card in the listing fixture');
  const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const cards = ids.map((other) => template.split(id).join(escapeAttribute(other))).join('\n');
  return html.slice(0, first) + cards + html.slice(last);
}

/**
 * The page with a link to huggingface.co's stylesheet, which the fixtures' routing answers with the stand-in generated
 * from the saved pages' classes (tests/e2e/extension.ts): without it the listing is unstyled, its cards twice as tall
 * as on the site and its header a block, and the page's own cost and Model Lens's share are not the site's.
 */
export function withStylesheet(html: string): string {
  const link = '<link rel="stylesheet" href="/front/build/stand-in/style.css">';
  return html.includes('</head>') ? html.replace('</head>', `${link}</head>`) : link + html;
}
