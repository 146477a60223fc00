import { defineBackground } from 'wxt/utils/define-background';

// The service worker: nothing runs here until a feature needs it (the context menu arrives with the popup's issue).
export default defineBackground(() => {});
