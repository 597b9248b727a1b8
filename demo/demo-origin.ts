/**
 * Where the bundled demo chat page is served. Only the demo build (`wxt build --mode demo`) may read
 * it: wxt.config.ts adds the pattern to host_permissions in that mode alone, and the demo adds the
 * page as a self-hosted chat the way a user would on the options page.
 */
export const DEMO_MODE = 'demo';
export const DEMO_HOST = '127.0.0.1';
/** Match patterns cannot name a port in Firefox, so the pattern covers every port of the loopback host. */
export const DEMO_HOST_PATTERN = `http://${DEMO_HOST}/*`;
