import type { Feature } from '../feature';
import { ggufFiles } from './gguf-files';
import { listingCards } from './listing-cards';
import { listingFilters } from './listing-filters';
import { modelHeader } from './model-header';
import { shortcutSheet } from './shortcut-sheet';

/** Every feature the content script runs, in order (tests/e2e and tests/entrypoints check the list is complete). */
export const FEATURES: readonly Feature[] = [modelHeader, listingCards, listingFilters, ggufFiles, shortcutSheet];
