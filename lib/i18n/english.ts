import en from './messages/en';
import { formatMessage, type Catalog, type MessageArg } from './format';

/** Every message key the interface uses; the English catalog is the source of truth. */
export type MessageKey = keyof typeof en;

export const ENGLISH: Catalog = en;

/** English text of a message: the JSON contract (`reason`, evidence `detail`) and the command line speak English. */
export function english(key: MessageKey, args?: readonly MessageArg[]): string {
  return formatMessage(ENGLISH, key, args);
}
