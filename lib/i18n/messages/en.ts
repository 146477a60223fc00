// The English catalog, one file per area of the interface (so work on one area does not touch
// another's messages). Keys are unique across the files (tests/lib/i18n/catalog.test.ts); the build publishes the
// merged catalog as _locales/en/messages.json (wxt.config.ts).
import adapters from './en/adapters.json';
import decide from './en/decide.json';
import engines from './en/engines.json';
import filters from './en/filters.json';
import fit from './en/fit.json';
import gguf from './en/gguf.json';
import guide from './en/guide.json';
import hardening from './en/hardening.json';
import hub from './en/hub.json';
import interfaceMessages from './en/interface.json';
import memory from './en/memory.json';
import memory2 from './en/memory2.json';
import names from './en/names.json';
import names2 from './en/names2.json';
import naming from './en/naming.json';
import verdicts from './en/verdicts.json';

/** One entry per area file, a line each (so adding an area touches one line). */
export const AREAS = {
  adapters,
  decide,
  engines,
  filters,
  fit,
  gguf,
  guide,
  hardening,
  hub,
  interface: interfaceMessages,
  memory,
  memory2,
  names,
  names2,
  naming,
  verdicts,
};

type Intersection<U> = (U extends unknown ? (part: U) => void : never) extends (part: infer I) => void ? I : never;

/** The whole catalog: every area's messages (keys are unique across areas). */
export default Object.assign({}, ...Object.values(AREAS)) as Intersection<(typeof AREAS)[keyof typeof AREAS]>;
