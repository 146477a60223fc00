import { isModelId } from '../page/detect';

// The only huggingface.co URLs Model Lens ever requests, built from a checked model ID: `/api/models/{org}/{name}`
// and `/{org}/{name}/resolve/main/config.json`. Anything that is not a valid `org/name` gets no URL at all, so no
// input (`..`, `%2e%2e`, `a/.`) can make the browser resolve a dot segment into another path.

export const HUB_ORIGIN = 'https://huggingface.co';

export interface HubUrls {
  /** The model-info API answer. */
  api: string;
  /** The repo's config.json on its main branch. */
  config: string;
}

export function hubUrls(id: string): HubUrls | null {
  if (!isModelId(id)) return null;
  // Valid names are letters, digits, `_`, `-` and `.` (never a whole segment of dots): nothing to encode.
  return { api: `${HUB_ORIGIN}/api/models/${id}`, config: `${HUB_ORIGIN}/${id}/resolve/main/config.json` };
}
