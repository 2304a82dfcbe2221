import { config } from 'zod';

/**
 * Zod probes `new Function` to compile fast parsers, and under `script-src 'self'` that probe is a
 * CSP violation report on the host page (embeds run on strict pages). Schemas read this setting
 * when they are built, so `validateStory` imports this module before the schema.
 */
export const ZOD_JITLESS = true;

config({ jitless: ZOD_JITLESS });
