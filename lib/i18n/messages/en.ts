// The English catalog, one file per area of the interface (so work on one area does not touch
// another's messages). Keys are unique across the files (tests/lib/i18n/catalog.test.ts); the build publishes the
// merged catalog as _locales/en/messages.json (wxt.config.ts).
import gguf from './en/gguf.json';
import hardening from './en/hardening.json';
import hub from './en/hub.json';
import interfaceMessages from './en/interface.json';
import memory from './en/memory.json';
import names from './en/names.json';
import verdicts from './en/verdicts.json';

export const AREAS = { interface: interfaceMessages, names, verdicts, hub, memory, gguf, hardening };

export default { ...interfaceMessages, ...names, ...verdicts, ...hub, ...memory, ...gguf, ...hardening };
