import type { ClassifyErrorCode } from '../../lib/facts/schema';

/** Each error code's message (the codes are the fact schema's; a test checks every one has a message). */
export const ERROR_MESSAGES: Readonly<Record<ClassifyErrorCode, string>> = {
  empty: 'lookup_error_empty',
  'too-long': 'lookup_error_too_long',
  'invalid-id': 'lookup_error_not_model',
  'invalid-url': 'lookup_error_not_model',
  'not-model-page': 'lookup_error_not_model_page',
  'not-hub-url': 'lookup_error_not_hub',
  'not-a-model': 'lookup_error_not_model',
  'invalid-json': 'lookup_error_not_model',
  'no-id': 'lookup_error_not_model',
  internal: 'lookup_error_not_model',
};
