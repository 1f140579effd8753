import type { ImportPlatform } from '../../engine/issues/import-summary';
import { IMPORT_METRICS } from '../../engine/issues/import-summary';
import type { ExportField } from './fields';
import { keyOf } from './header-key';
import { GENERIC_VOCABULARY, PLATFORM_PROFILES, type Vocabulary } from './profiles';

/** What one header key means to one platform. */
export interface KeyMeaning {
  /** The field it names and its preference (lower is preferred), if it names one. */
  readonly field: { readonly field: ExportField; readonly rank: number } | null;
  readonly signature: boolean;
  /** Locales that write this header. */
  readonly locales: ReadonlySet<string>;
}

export type KeyIndex = ReadonlyMap<string, KeyMeaning>;

function addVocabulary(
  index: Map<string, KeyMeaning>,
  locale: string,
  v: Vocabulary,
  rankBase: number,
): void {
  const upsert = (key: string, change: (m: KeyMeaning) => KeyMeaning): void => {
    const old = index.get(key) ?? { field: null, signature: false, locales: new Set<string>() };
    index.set(key, change(old));
  };
  for (const [field, headers] of Object.entries(v.fields) as Array<[ExportField, readonly string[]]>) {
    headers.forEach((h, rank) =>
      upsert(keyOf(h), (m) => ({
        field: m.field ?? { field, rank: rankBase + rank },
        signature: m.signature,
        locales: new Set([...m.locales, locale]),
      })),
    );
  }
  for (const h of v.signatures ?? []) {
    upsert(keyOf(h), (m) => ({ ...m, signature: true, locales: new Set([...m.locales, locale]) }));
  }
}

function buildIndex(platform: ImportPlatform): KeyIndex {
  const index = new Map<string, KeyMeaning>();
  const profile = PLATFORM_PROFILES.find((p) => p.platform === platform);
  for (const [locale, v] of Object.entries(profile?.locales ?? {})) addVocabulary(index, locale, v, 0);
  // Generic names come last: a platform's own header is always preferred.
  addVocabulary(index, 'en', GENERIC_VOCABULARY, 100);
  return index;
}

const cache = new Map<ImportPlatform, KeyIndex>();

/**
 * The header keys a platform understands (its locales, then the generic names).
 *
 * @example keyIndexOf('google_ads').get('impr')?.field // { field: 'impressions', rank: 0 }
 */
export function keyIndexOf(platform: ImportPlatform): KeyIndex {
  let index = cache.get(platform);
  if (index === undefined) {
    index = buildIndex(platform);
    cache.set(platform, index);
  }
  return index;
}

const METRIC_FIELDS: ReadonlySet<ExportField> = new Set(IMPORT_METRICS);
let metricKeys: ReadonlySet<string> | null = null;
let anyKeys: ReadonlySet<string> | null = null;

/**
 * Keys that name a metric on some platform, and keys any platform knows.
 *
 * @example knownKeys().metrics.has('amountspent') // true
 */
export function knownKeys(): { metrics: ReadonlySet<string>; any: ReadonlySet<string> } {
  if (metricKeys === null || anyKeys === null) {
    const metrics = new Set<string>();
    const any = new Set<string>();
    for (const p of [...PLATFORM_PROFILES.map((x) => x.platform), 'generic' as const]) {
      for (const [key, m] of keyIndexOf(p)) {
        any.add(key);
        if (m.field !== null && METRIC_FIELDS.has(m.field.field)) metrics.add(key);
      }
    }
    metricKeys = metrics;
    anyKeys = any;
  }
  return { metrics: metricKeys, any: anyKeys };
}
