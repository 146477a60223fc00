import { english, type MessageKey } from '../../i18n/english';
import type { MessageArg } from '../../i18n/format';

// English text of a message whose arguments may name other messages (`#kind_images`): the views resolve those in the
// reader's language; the JSON's `reason` and `detail` and the command line get English.
export function englishWithRefs(key: MessageKey, args: readonly MessageArg[] = []): string {
  return english(
    key,
    args.map((arg) => (typeof arg === 'string' && arg.startsWith('#') ? english(arg.slice(1) as MessageKey) : arg)),
  );
}
