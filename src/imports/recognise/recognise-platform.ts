import type { ImportPlatform } from '../../engine/issues/import-summary';
import { EXPORT_FIELDS, type ExportField } from './fields';
import { headerKey } from './header-key';
import { PLATFORM_PROFILES } from './profiles';
import { keyIndexOf, type KeyIndex } from './vocabulary-index';

const SIGNATURE_WEIGHT = 2;

/** Which platform wrote a header row, how sure that is, and which column holds which field. */
export interface Recognition {
  readonly platform: ImportPlatform;
  /** 0–1: half the share of header cells the platform knows, half its lead over the runner-up. */
  readonly confidence: number;
  /** Column index of each field found. */
  readonly columns: Partial<Readonly<Record<ExportField, number>>>;
  /** The header row as written. */
  readonly headers: readonly string[];
  /** The locale the headers are written in (`en` when they could be several). */
  readonly locale: string;
  /** Currencies written in headers such as `Amount spent (EUR)`, with the column of each. */
  readonly headerCurrencies: ReadonlyArray<{ readonly index: number; readonly currency: string }>;
}

interface Score {
  readonly platform: ImportPlatform;
  readonly score: number;
  readonly signatures: number;
  readonly known: number;
}

/** Generic names (rank 100 on) count only when `withGeneric`: they say nothing about the platform. */
function scoreWith(
  platform: ImportPlatform,
  index: KeyIndex,
  keys: readonly string[],
  withGeneric: boolean,
): Score {
  let score = 0;
  let signatures = 0;
  let known = 0;
  for (const key of new Set(keys)) {
    const m = index.get(key);
    if (m === undefined) continue;
    if (!withGeneric && !m.signature && (m.field === null || m.field.rank >= 100)) continue;
    known++;
    if (m.field !== null) score++;
    if (m.signature) {
      score += SIGNATURE_WEIGHT;
      signatures++;
    }
  }
  return { platform, score, signatures, known };
}

function assignColumns(index: KeyIndex, keys: readonly string[]): Partial<Record<ExportField, number>> {
  const best = new Map<ExportField, { at: number; rank: number }>();
  keys.forEach((key, at) => {
    const f = index.get(key)?.field;
    if (f === undefined || f === null) return;
    const old = best.get(f.field);
    if (old === undefined || f.rank < old.rank) best.set(f.field, { at, rank: f.rank });
  });
  const columns: Partial<Record<ExportField, number>> = {};
  for (const field of EXPORT_FIELDS) {
    const b = best.get(field);
    if (b !== undefined) columns[field] = b.at;
  }
  return columns;
}

function localeOf(index: KeyIndex, keys: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const key of keys) {
    const locales = index.get(key)?.locales;
    if (locales === undefined || locales.has('en')) continue;
    for (const l of locales) counts.set(l, (counts.get(l) ?? 0) + 1);
  }
  let locale = 'en';
  let most = 0;
  for (const [l, n] of counts) if (n > most) [locale, most] = [l, n];
  return locale;
}

/**
 * Scores a header row against every platform's vocabulary (all its locales). The platform with the
 * highest score wins when at least one of its signature headers is present; otherwise the export is
 * `generic` and only the generic names map columns.
 *
 * @example recognisePlatform(['Campaign', 'Impr.', 'Clicks', 'Cost', 'Conv. value']).platform // 'google_ads'
 */
export function recognisePlatform(headers: readonly string[]): Recognition {
  const parsed = headers.map(headerKey);
  const keys = parsed.map((p) => p.key);
  const scores = PLATFORM_PROFILES.map((p) =>
    scoreWith(p.platform, keyIndexOf(p.platform), keys, false),
  ).sort((a, b) => b.score - a.score);
  const first = scores[0];
  const platform: ImportPlatform = first !== undefined && first.signatures > 0 ? first.platform : 'generic';
  const index = keyIndexOf(platform);
  const columns = assignColumns(index, keys);
  const nonEmpty = keys.filter((k) => k !== '').length;
  const coverage = nonEmpty === 0 ? 0 : scoreWith(platform, index, keys, true).known / nonEmpty;
  const runnerUp = scores[1]?.score ?? 0;
  const margin = platform === 'generic' || first === undefined ? 0 : (first.score - runnerUp) / first.score;
  const headerCurrencies = parsed.flatMap((p, index) =>
    p.currency === null ? [] : [{ index, currency: p.currency }],
  );
  return {
    platform,
    confidence: Math.round((0.5 * Math.min(1, coverage) + 0.5 * margin) * 100) / 100,
    columns,
    headers,
    locale: localeOf(index, keys),
    headerCurrencies,
  };
}
