import { browser } from 'wxt/browser';

/**
 * The guide page, at the section that explains something (guide.html#stage). From huggingface.co the link opens a
 * page of the extension: guide.html is a web-accessible resource for that site only (wxt.config.ts).
 */
export function guideUrl(anchor?: string | null): string {
  return `${browser.runtime.getURL('/guide.html')}${anchor ? `#${anchor}` : ''}`;
}
