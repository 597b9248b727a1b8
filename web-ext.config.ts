import { defineWebExtConfig } from 'wxt';

// `wxt` dev mode must not try to launch a browser on a machine without a display.
export default defineWebExtConfig({ disabled: true });
