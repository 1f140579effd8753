// @ts-check
'use strict';

/** Office.js, always from Microsoft's CDN (never bundled: Microsoft updates it in place). */
const OFFICE_JS_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OFFICE_JS_ORIGIN = new URL(OFFICE_JS_URL).origin;

/**
 * The Content-Security-Policy of the add-in's pages, as directive → sources. Scripts come only from
 * the add-in's own origin and the Office.js CDN (Office.js loads its host-specific scripts from
 * there too); no `unsafe-eval`, no inline script. Styles allow `unsafe-inline`: Fluent UI v9 (Griffel)
 * inserts its CSS at run time and Office.js sets inline styles. The dev server also needs its
 * live-reload socket. Reasons and limits: docs/addin.md, "Content-Security-Policy".
 *
 * @param {{ devServerOrigin?: string }} [options]
 * @returns {Readonly<Record<string, readonly string[]>>}
 */
function contentSecurityPolicy(options = {}) {
  const socket = options.devServerOrigin ? [options.devServerOrigin.replace(/^https:/, 'wss:')] : [];
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'", OFFICE_JS_ORIGIN],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'", ...socket],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
  };
}

/**
 * A policy as the text of a `<meta http-equiv="Content-Security-Policy">`.
 *
 * @example policyText({ 'default-src': ["'self'"], 'object-src': ["'none'"] }) // "default-src 'self'; object-src 'none'"
 * @param {Readonly<Record<string, readonly string[]>>} policy
 * @returns {string}
 */
function policyText(policy) {
  return Object.entries(policy)
    .map(([directive, sources]) => [directive, ...sources].join(' '))
    .join('; ');
}

module.exports = { OFFICE_JS_URL, contentSecurityPolicy, policyText };
