// The Burmese catalog, one file per area of the interface (so work on one area does not touch
// another's messages). Keys are unique across the files (tests/lib/i18n/catalog.test.ts); the build publishes the
// merged catalog as _locales/my/messages.json (wxt.config.ts).
import gguf from './my/gguf.json';
import hardening from './my/hardening.json';
import hub from './my/hub.json';
import interfaceMessages from './my/interface.json';
import memory from './my/memory.json';
import names from './my/names.json';
import verdicts from './my/verdicts.json';

export const AREAS = { interface: interfaceMessages, names, verdicts, hub, memory, gguf, hardening };

export default { ...interfaceMessages, ...names, ...verdicts, ...hub, ...memory, ...gguf, ...hardening };
