/** A place in some code where it could reach the network. */
export interface NetworkUse {
  readonly api: string;
  readonly at: number;
  /** The code around it, for the failure message. */
  readonly excerpt: string;
}

/**
 * What sends data out of a page or a Node process: request APIs, sockets, beacons, workers that load
 * code, and script or frame elements given a URL at run time. Each pattern matches code as written
 * or minified (`window.fetch(`, `e.fetch(`, `new XMLHttpRequest`, `createElement("script")`).
 */
const PATTERNS: ReadonlyArray<readonly [api: string, pattern: RegExp]> = [
  ['fetch', /(^|[^\w$])fetch\s*\(/g],
  ['fetch (as a value)', /[.[]["']?fetch["']?\]?\s*(\(|\.call|\.apply|\.bind)/g],
  ['XMLHttpRequest', /XMLHttpRequest/g],
  ['WebSocket', /WebSocket/g],
  ['EventSource', /EventSource/g],
  ['sendBeacon', /sendBeacon/g],
  ['RTCPeerConnection', /RTCPeerConnection/g],
  ['importScripts()', /importScripts\s*\(/g],
  ['Worker', /new\s+(Shared)?Worker\s*\(/g],
  ['script element', /createElement\(\s*["'`]script["'`]\s*\)/gi],
  ['frame element', /createElement\(\s*["'`]i?frame["'`]\s*\)/gi],
  ['image beacon', /new\s+Image\b/g],
  ['document.write', /document\.write(ln)?\s*\(/g],
  ['window.open', /(^|[^\w$])(window\.)?open\s*\(\s*["'`]https?:/g],
  ['Node network module', /require\(\s*["'](node:)?(http|https|http2|net|tls|dgram|dns)["']\s*\)/g],
  ['Node network import', /from\s+["'](node:)?(http|https|http2|net|tls|dgram|dns)["']/g],
];

/**
 * Every use of a network API in some JavaScript (a built bundle, compiled CLI code).
 *
 * @example networkUses('x=1;fetch("/api")').map((u) => u.api) // ['fetch']
 */
export function networkUses(code: string): NetworkUse[] {
  return PATTERNS.flatMap(([api, pattern]) =>
    [...code.matchAll(pattern)].map((m) => ({
      api,
      at: m.index,
      excerpt: code.slice(Math.max(0, m.index - 80), m.index + 80),
    })),
  );
}
