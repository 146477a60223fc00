// huggingface.co page types as pure functions of a URL, in the style of github-url-detection: each detector is
// followed by real example URLs, which tests/lib/page/detect.test.ts checks against every detector.
//
// Decisions for ambiguous URLs:
// - The Hub is https on huggingface.co, www.huggingface.co and hf.co (short links redirect to huggingface.co).
//   Other schemes, ports and hosts (subdomains, mirrors) are 'other'.
// - Reserved first segments are matched case-insensitively, assuming the Hub (which redirects names to their
//   canonical case) lets no one register "Models" either; /Models is read as the model list.
// - /{org}/{name} is a model repo whenever {org} is not reserved and both are valid repo names (the Hub's rule:
//   letters, digits, "_", "-", "."; no "--" or ".."; no "-" or "." at either end; 96 characters at most). So
//   /ggml-org/models is a model and there is no /{user}/models profile tab. A single segment is an org or user:
//   the Hub's legacy un-namespaced model IDs (/gpt2) redirect to namespaced ones and are read as users.
// - Segments are decoded one by one after splitting, so refs%2Fpr%2F1 stays one revision and
//   /meta-llama%2FLlama-3.1-8B is a single, invalid, name: 'other'.
// - /raw/ counts as resolve: both serve a file rather than an HTML page. Every other sub-page of a model repo
//   (/blame, /edit, /delete, /settings, or one the Hub adds later) is 'model-other-tab'.
// - /models is the list only without further segments; /collections, /papers, /datasets and /spaces cover their
//   listings and everything below them.

export type UrlLike = URL | string;
export type Detector = (url: UrlLike) => boolean;

export const PAGE_TYPES = [
  'model',
  'model-files',
  'model-blob',
  'model-resolve',
  'model-discussions',
  'model-commits',
  'model-other-tab',
  'model-list',
  'org-or-user',
  'collection',
  'paper',
  'dataset',
  'space',
  'other',
] as const;
export type PageType = (typeof PAGE_TYPES)[number];

const HUB_HOSTS = new Set(['huggingface.co', 'www.huggingface.co', 'hf.co']);

export const RESERVED_SEGMENTS: ReadonlySet<string> = new Set([
  'api',
  'autotrain',
  'blog',
  'brand',
  'changelog',
  'chat',
  'code-of-conduct',
  'collections',
  'content-guidelines',
  'content-policy',
  'datasets',
  'datasets-json',
  'docs',
  'enterprise',
  'exbert',
  'favicon.ico',
  'front',
  'hardware',
  'huggingchat',
  'inference',
  'inference-api',
  'inference-endpoints',
  'jobs',
  'join',
  'learn',
  'login',
  'logout',
  'mcp',
  'models',
  'models-json',
  'new',
  'new-dataset',
  'new-space',
  'notifications',
  'oauth',
  'organizations',
  'papers',
  'posts',
  'pricing',
  'privacy',
  'robots.txt',
  'search',
  'settings',
  'sitemap.xml',
  'spaces',
  'spaces-json',
  'sso',
  'storage',
  'subscribe',
  'support',
  'tasks',
  'terms-of-service',
  'transformers',
  'welcome',
]);

const MODEL_TABS = {
  files: ['tree'],
  blob: ['blob'],
  resolve: ['resolve', 'raw'],
  discussions: ['discussions'],
  commits: ['commits', 'commit'],
} as const;
const KNOWN_MODEL_TABS: readonly string[] = ['', ...Object.values(MODEL_TABS).flat()];

/**
 * A root-relative href ("/Qwen/Qwen2.5-7B-Instruct") is read on huggingface.co, a scheme-less "huggingface.co/…" or
 * "hf.co/…" as https; a bare model ID is not a URL. Unparsable text becomes about:blank, so detectors never throw.
 */
export const toUrl = (url: UrlLike): URL => {
  if (typeof url !== 'string') return url;
  const text = url.trim();
  const absolute = /^(?:www\.)?(?:huggingface|hf)\.co(?:[/?#]|$)/i.test(text) ? `https://${text}` : text;
  try {
    return text.startsWith('/') ? new URL(text, 'https://huggingface.co') : new URL(absolute);
  } catch {
    return new URL('about:blank');
  }
};

const decodeSegment = (segment: string): string => {
  if (!segment.includes('%')) return segment;
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
};

/** Detectors read at most org, name and tab; deeper segments (file paths) are only counted, so left encoded. */
const DECODED_SEGMENTS = 3;
const hubPaths = new WeakMap<URL, string[] | undefined>();

/** Path segments of a Hub URL (the first three decoded), or undefined off the Hub. Read once per URL object. */
const getHubPath = (url: UrlLike): string[] | undefined => {
  const parsed = toUrl(url);
  if (hubPaths.has(parsed)) return hubPaths.get(parsed);
  const { protocol, hostname, port, pathname } = parsed;
  const path =
    protocol !== 'https:' || port !== '' || !HUB_HOSTS.has(hostname)
      ? undefined
      : pathname
          .split('/')
          .filter(Boolean)
          .map((segment, index) => (index < DECODED_SEGMENTS ? decodeSegment(segment) : segment));
  hubPaths.set(parsed, path);
  return path;
};

/** Lowercased first path segment ('' on the home page), or undefined off the Hub. */
const getSection = (url: UrlLike): string | undefined => {
  const path = getHubPath(url);
  return path && (path[0] ?? '').toLowerCase();
};

/** A valid Hub repo name (also what the popup and the Hub client accept: never `.`, `..` or anything with `/` or `%`). */
export const isRepoName = (name: string): boolean =>
  name.length <= 96 && /^\w(?:[\w.-]*\w)?$/.test(name) && !/--|\.\./.test(name);

/** A valid org or user name that is not one of the Hub's own first path segments. */
export const isNamespace = (segment: string): boolean =>
  isRepoName(segment) && !RESERVED_SEGMENTS.has(segment.toLowerCase());

/** Whether `org/name` is a model ID the Hub could have: two valid names, nothing else. */
export const isModelId = (id: string): boolean => {
  const slash = id.indexOf('/');
  return slash > 0 && isNamespace(id.slice(0, slash)) && isRepoName(id.slice(slash + 1));
};

const getModelRepo = (url: UrlLike): { org: string; name: string; tab: string } | undefined => {
  const [org, name, tab = ''] = getHubPath(url) ?? [];
  if (org === undefined || name === undefined || !isNamespace(org) || !isRepoName(name)) return undefined;
  return { org, name, tab: tab.toLowerCase() };
};

const hasModelTab = (url: UrlLike, tabs: readonly string[]): boolean => {
  const tab = getModelRepo(url)?.tab;
  return tab !== undefined && tabs.includes(tab);
};

/** "org/name" of a model repo page or any of its sub-pages, decoded; null elsewhere. */
export const getModelIdFromUrl = (url: UrlLike): string | null => {
  const repo = getModelRepo(url);
  return repo ? `${repo.org}/${repo.name}` : null;
};

/** The org or user of a profile page (/{org}); null elsewhere. */
export const getOrgFromUrl = (url: UrlLike): string | null => {
  const [org, ...rest] = getHubPath(url) ?? [];
  return org !== undefined && rest.length === 0 && isNamespace(org) ? org : null;
};

export const isAnyModelRepoPage = (url: UrlLike): boolean => getModelRepo(url) !== undefined;

export const isModelPage = (url: UrlLike): boolean => getModelRepo(url)?.tab === '';
const isModelPageExamples = [
  'https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct',
  'https://huggingface.co/distilbert/distilbert-base-uncased',
  'https://huggingface.co/onnx-community/gpt2-ONNX',
  'https://huggingface.co/Qwen/Qwen2.5-7B-Instruct-AWQ/',
  'https://huggingface.co/Qwen/Qwen2.5-7B-Instruct-AWQ?library=transformers',
  'https://huggingface.co/mistralai/Mixtral-8x7B-Instruct-v0.1?local-app=vllm',
  'https://huggingface.co/TheBloke/Mistral-7B-v0.1-GGUF#provided-files',
  'https://hf.co/meta-llama/Llama-3.1-8B-Instruct',
  'https://www.huggingface.co/OuteAI/OuteTTS-0.2-500M-GGUF',
  'https://HUGGINGFACE.CO/distilbert/distilbert-base-uncased',
  'https://huggingface.co/spacy/en_core_web_sm',
  'https://huggingface.co/ggml-org/models',
  'https://huggingface.co/mistralai/Mixtral-8x7B-Instruct-v0%2E1',
];

export const isModelFiles = (url: UrlLike): boolean => hasModelTab(url, MODEL_TABS.files);
const isModelFilesExamples = [
  'https://huggingface.co/distilbert/distilbert-base-uncased/tree/main',
  'https://huggingface.co/OuteAI/OuteTTS-0.2-500M-GGUF/tree/main',
  'https://huggingface.co/onnx-community/gpt2-ONNX/tree/main/onnx',
  'https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct/tree/main/original',
  'https://huggingface.co/ggml-org/models/tree/main/tinyllamas',
  'https://huggingface.co/TheBloke/Mixtral-8x7B-Instruct-v0.1-GPTQ/tree/gptq-4bit-32g-actorder_True',
  'https://huggingface.co/Qwen/Qwen2.5-7B-Instruct-AWQ/tree/refs%2Fpr%2F1',
];

export const isModelBlob = (url: UrlLike): boolean => hasModelTab(url, MODEL_TABS.blob);
const isModelBlobExamples = [
  'https://huggingface.co/TheBloke/Mistral-7B-v0.1-GGUF/blob/main/README.md',
  'https://huggingface.co/TheBloke/Mistral-7B-v0.1-GGUF/blob/main/mistral-7b-v0.1.Q4_K_M.gguf',
  'https://huggingface.co/huypd1508/wav2vec2-t5-Vietnamese/blob/main/config.json',
  'https://huggingface.co/distilbert/distilbert-base-uncased/blob/refs%2Fpr%2F1/config.json',
  'https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct/blob/main/original/params.json',
  'https://huggingface.co/Qwen/Qwen2.5-7B-Instruct-AWQ/blob/main/config.json#L20',
];

export const isModelResolve = (url: UrlLike): boolean => hasModelTab(url, MODEL_TABS.resolve);
const isModelResolveExamples = [
  'https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct/resolve/main/model-00001-of-00004.safetensors?download=true',
  'https://huggingface.co/OuteAI/OuteTTS-0.2-500M-GGUF/resolve/main/OuteTTS-0.2-500M-Q2_K.gguf?download=true',
  'https://huggingface.co/TheBloke/Mistral-7B-v0.1-GGUF/resolve/main/mistral-7b-v0.1.Q4_K_M.gguf',
  'https://huggingface.co/ggml-org/models/resolve/main/tinyllamas/stories260K.gguf',
  'https://huggingface.co/distilbert/distilbert-base-uncased/resolve/main/config.json',
  'https://huggingface.co/TheBloke/Mistral-7B-v0.1-GGUF/raw/main/README.md',
];

export const isModelDiscussions = (url: UrlLike): boolean => hasModelTab(url, MODEL_TABS.discussions);
const isModelDiscussionsExamples = [
  'https://huggingface.co/distilbert/distilbert-base-uncased/discussions',
  'https://huggingface.co/distilbert/distilbert-base-uncased/discussions/12',
  'https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct/discussions?status=closed',
  'https://huggingface.co/TheBloke/Mistral-7B-v0.1-GGUF/discussions?status=open&type=pull_request',
  'https://huggingface.co/Qwen/Qwen2.5-7B-Instruct-AWQ/discussions/new',
  'https://huggingface.co/mistralai/Mixtral-8x7B-Instruct-v0.1/discussions/1/files',
];

export const isModelCommits = (url: UrlLike): boolean => hasModelTab(url, MODEL_TABS.commits);
const isModelCommitsExamples = [
  'https://huggingface.co/distilbert/distilbert-base-uncased/commits/main',
  'https://huggingface.co/TheBloke/Mistral-7B-v0.1-GGUF/commits/main/README.md',
  'https://huggingface.co/distilbert/distilbert-base-uncased/commit/12040accade4e8a0f71eabdb258fecc2e7e948be',
  'https://huggingface.co/OuteAI/OuteTTS-0.2-500M-GGUF/commit/a36edf584155a52a9fdbd379a2d58b7ffaba7bf4',
];

export const isModelOtherTab = (url: UrlLike): boolean =>
  isAnyModelRepoPage(url) && !hasModelTab(url, KNOWN_MODEL_TABS);
const isModelOtherTabExamples = [
  'https://huggingface.co/TheBloke/Mistral-7B-v0.1-GGUF/blame/main/README.md',
  'https://huggingface.co/TheBloke/Mistral-7B-v0.1-GGUF/edit/main/README.md',
  'https://huggingface.co/huypd1508/wav2vec2-t5-Vietnamese/delete/main/config.json',
  'https://huggingface.co/huypd1508/wav2vec2-t5-Vietnamese/settings',
];

export const isModelList = (url: UrlLike): boolean => getHubPath(url)?.join('/').toLowerCase() === 'models';
const isModelListExamples = [
  'https://huggingface.co/models',
  'https://huggingface.co/models?pipeline_tag=text-generation&sort=trending',
  'https://huggingface.co/models?search=mixtral',
  'https://huggingface.co/models?library=gguf&sort=downloads',
  'https://huggingface.co/models?other=base_model:quantized:distilbert/distilbert-base-uncased',
  'https://huggingface.co/models?other=base_model:quantized:meta-llama/Llama-3.1-8B-Instruct',
  'https://hf.co/models?pipeline_tag=automatic-speech-recognition',
  'https://huggingface.co/Models',
];

export const isOrgOrUser = (url: UrlLike): boolean => getOrgFromUrl(url) !== null;
const isOrgOrUserExamples = [
  'https://huggingface.co/meta-llama',
  'https://huggingface.co/mistralai',
  'https://huggingface.co/Qwen/',
  'https://huggingface.co/TheBloke?sort_models=downloads#models',
  'https://huggingface.co/reach-vb',
  'https://hf.co/unsloth',
  'https://huggingface.co/modelscope',
  'https://huggingface.co/blog-explorers',
  'https://huggingface.co/spacy',
];

export const isCollection = (url: UrlLike): boolean => getSection(url) === 'collections';
const isCollectionExamples = [
  'https://huggingface.co/collections/meta-llama/llama-31-669fc079a0c406a149a5738f',
  'https://huggingface.co/collections/Qwen/qwen25-66e81a666513e518adb90d9e',
  'https://huggingface.co/collections/meta-llama',
  'https://huggingface.co/collections',
];

export const isPaper = (url: UrlLike): boolean => getSection(url) === 'papers';
const isPaperExamples = [
  'https://huggingface.co/papers',
  'https://huggingface.co/papers/2401.04088',
  'https://huggingface.co/papers/2407.21783',
  'https://huggingface.co/papers/date/2025-01-20',
  'https://huggingface.co/papers/month/2025-01',
];

export const isDataset = (url: UrlLike): boolean => getSection(url) === 'datasets';
const isDatasetExamples = [
  'https://huggingface.co/datasets',
  'https://huggingface.co/datasets?task_categories=task_categories%3Aautomatic-speech-recognition',
  'https://huggingface.co/datasets/mozilla-foundation/common_voice_13_0',
  'https://huggingface.co/datasets/mozilla-foundation/common_voice_13_0/blob/main/README.md',
  'https://huggingface.co/datasets/mozilla-foundation/common_voice_13_0/viewer/',
  'https://huggingface.co/datasets/tatsu-lab/alpaca/discussions',
];

export const isSpace = (url: UrlLike): boolean => getSection(url) === 'spaces';
const isSpaceExamples = [
  'https://huggingface.co/spaces',
  'https://huggingface.co/spaces/open-llm-leaderboard/open_llm_leaderboard',
  'https://huggingface.co/spaces/open-llm-leaderboard/open_llm_leaderboard/discussions',
  'https://huggingface.co/spaces/mteb/leaderboard',
  'https://huggingface.co/spaces/autoevaluate/leaderboards?dataset=mozilla-foundation%2Fcommon_voice_11_0',
];

export const getPageType = (url: UrlLike): PageType => {
  const parsed = toUrl(url);
  return PAGE_TYPES.find((type) => type !== 'other' && DETECTORS[type](parsed)) ?? 'other';
};

export const isOtherPage = (url: UrlLike): boolean => getPageType(url) === 'other';
const isOtherPageExamples = [
  'https://huggingface.co/',
  'https://huggingface.co/docs/hub/model-cards#specifying-a-base-model',
  'https://huggingface.co/docs/transformers/index',
  'https://huggingface.co/blog/mixtral',
  'https://huggingface.co/pricing',
  'https://huggingface.co/enterprise',
  'https://huggingface.co/settings/tokens',
  'https://huggingface.co/login',
  'https://huggingface.co/join',
  'https://huggingface.co/new',
  'https://huggingface.co/organizations/new',
  'https://huggingface.co/organizations/meta-llama/settings/members',
  'https://huggingface.co/tasks/fill-mask',
  'https://huggingface.co/learn/nlp-course/chapter1/1',
  'https://huggingface.co/posts',
  'https://huggingface.co/chat/',
  'https://huggingface.co/search/full-text?q=mixtral',
  'https://huggingface.co/subscribe/pro',
  'https://huggingface.co/inference/models',
  'https://huggingface.co/mcp',
  'https://huggingface.co/api/models/meta-llama/Llama-3.1-8B-Instruct',
  'https://huggingface.co/models-json?sort=trending&withCount=true',
  'https://huggingface.co/transformers/model_doc/bert.html',
  'https://huggingface.co/exbert/?model=distilbert-base-uncased',
  'https://huggingface.co/robots.txt',
  'https://huggingface.co/meta-llama%2FLlama-3.1-8B-Instruct',
  'http://huggingface.co/meta-llama/Llama-3.1-8B-Instruct',
  'https://discuss.huggingface.co/latest',
  'https://hf-mirror.com/meta-llama/Llama-3.1-8B-Instruct',
  'https://github.com/meta-llama/llama-models',
];

export const DETECTORS = {
  model: isModelPage,
  'model-files': isModelFiles,
  'model-blob': isModelBlob,
  'model-resolve': isModelResolve,
  'model-discussions': isModelDiscussions,
  'model-commits': isModelCommits,
  'model-other-tab': isModelOtherTab,
  'model-list': isModelList,
  'org-or-user': isOrgOrUser,
  collection: isCollection,
  paper: isPaper,
  dataset: isDataset,
  space: isSpace,
  other: isOtherPage,
} as const satisfies Record<PageType, Detector>;

/** Example URLs per page type, for tests; unused by the extension, so bundlers drop them. */
export const EXAMPLES = {
  model: isModelPageExamples,
  'model-files': isModelFilesExamples,
  'model-blob': isModelBlobExamples,
  'model-resolve': isModelResolveExamples,
  'model-discussions': isModelDiscussionsExamples,
  'model-commits': isModelCommitsExamples,
  'model-other-tab': isModelOtherTabExamples,
  'model-list': isModelListExamples,
  'org-or-user': isOrgOrUserExamples,
  collection: isCollectionExamples,
  paper: isPaperExamples,
  dataset: isDatasetExamples,
  space: isSpaceExamples,
  other: isOtherPageExamples,
} as const satisfies Record<PageType, readonly string[]>;
