import type { ImportPlatform } from '../../engine/issues/import-summary';
import type { ExportField } from './fields';

/**
 * The headers one locale of a platform writes: by field, most preferred first; plus signatures.
 * Headers are compared without spaces or punctuation, so `CampaignType` (an API name) is the same
 * header as `Campaign type`: a signature must not be another platform's header written another way.
 */
export interface Vocabulary {
  readonly fields: Partial<Readonly<Record<ExportField, readonly string[]>>>;
  /** Headers that point at this platform (they score more than shared ones). */
  readonly signatures?: readonly string[];
}

export interface PlatformProfile {
  readonly platform: Exclude<ImportPlatform, 'generic'>;
  /** By locale (`en`, `de`, `fr`, `es`, `pt-BR`); docs/imports.md lists them. */
  readonly locales: Readonly<Record<string, Vocabulary>>;
}
