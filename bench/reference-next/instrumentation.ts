// Turbopack looks for instrumentation.ts up the directory tree and would take the repo's own
// (which loads the dictionary); this one stands in for it: the reference page starts nothing.
export function register() {}
