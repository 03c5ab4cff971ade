import { NextResponse } from 'next/server'

// Turbopack looks for proxy.ts up the directory tree and would run the repo's own (language
// redirects, 404s) on every request; this one stands in for it and matches no page.
export function proxy() {
  return NextResponse.next()
}

export const config = { matcher: '/reference-has-no-proxy' }
