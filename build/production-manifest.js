// @ts-check
'use strict';

/** The origin every URL in manifest.xml is written against (the dev server). */
const DEV_BASE_URL = 'https://localhost:3000';

/** Where the production add-in is served when ADDIN_BASE_URL is not set (docs/addin.md). */
const DEFAULT_BASE_URL = 'https://campaign-operator.example.com';

/**
 * The production base URL from a raw setting: an https URL without query or fragment, with no
 * trailing slash. Throws a sentence naming ADDIN_BASE_URL when the value cannot be one.
 *
 * @example normalizeBaseUrl('https://addins.contoso.com/operator/') // 'https://addins.contoso.com/operator'
 * @example normalizeBaseUrl(undefined) // 'https://campaign-operator.example.com'
 * @param {string | undefined} raw
 * @returns {string}
 */
function normalizeBaseUrl(raw) {
  const text = (raw ?? '').trim() || DEFAULT_BASE_URL;
  /** @type {URL} */
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new Error(
      `ADDIN_BASE_URL "${text}" is not a URL (expected e.g. https://addins.contoso.com/operator)`,
    );
  }
  if (url.protocol !== 'https:')
    throw new Error(`ADDIN_BASE_URL "${text}" must use https: Office loads add-ins only over HTTPS`);
  if (url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '')
    throw new Error(
      `ADDIN_BASE_URL "${text}" must be a plain base URL, without query, fragment or credentials`,
    );
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/**
 * manifest.xml for production: every `https://localhost:3000` becomes `baseUrl` (all occurrences,
 * not only the first), and `<AppDomain>` gets the base URL's origin (a domain, never a path).
 *
 * @example productionManifest('<IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png" />', 'https://a.example')
 * // '<IconUrl DefaultValue="https://a.example/assets/icon-32.png" />'
 * @param {string} xml
 * @param {string} baseUrl an already normalised base URL (normalizeBaseUrl)
 * @returns {string}
 */
function productionManifest(xml, baseUrl) {
  const origin = new URL(baseUrl).origin;
  return xml
    .replaceAll(`<AppDomain>${DEV_BASE_URL}</AppDomain>`, `<AppDomain>${origin}</AppDomain>`)
    .replaceAll(DEV_BASE_URL, baseUrl);
}

module.exports = { DEV_BASE_URL, DEFAULT_BASE_URL, normalizeBaseUrl, productionManifest };
