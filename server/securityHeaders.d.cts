/** The security headers of every response, as next.config.js's `headers()` lists them. */
export declare const securityHeaders: readonly { key: string; value: string }[]
