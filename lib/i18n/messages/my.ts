// The Burmese catalog, one file per area of the interface (so work on one area does not touch
// another's messages). Keys are unique across the files (tests/lib/i18n/catalog.test.ts); the build publishes the
// merged catalog as _locales/my/messages.json (wxt.config.ts).
import adapters from './my/adapters.json';
import decide from './my/decide.json';
import engines from './my/engines.json';
import filters from './my/filters.json';
import fit from './my/fit.json';
import gguf from './my/gguf.json';
import guide from './my/guide.json';
import hardening from './my/hardening.json';
import hub from './my/hub.json';
import interfaceMessages from './my/interface.json';
import memory from './my/memory.json';
import memory2 from './my/memory2.json';
import names from './my/names.json';
import names2 from './my/names2.json';
import naming from './my/naming.json';
import verdicts from './my/verdicts.json';

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
