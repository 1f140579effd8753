import type { PlatformProfile } from './vocabulary';
import { GOOGLE } from './profiles/google-ads';
import { META } from './profiles/meta-ads';
import { LINKEDIN } from './profiles/linkedin-ads';
import { MICROSOFT } from './profiles/microsoft-ads';
import { TIKTOK } from './profiles/tiktok-ads';
import { X } from './profiles/x-ads';
import { GA4 } from './profiles/ga4';

export { GENERIC_VOCABULARY } from './profiles/generic';
export type { PlatformProfile, Vocabulary } from './vocabulary';

/** Every platform the importer knows, in the order ties are broken. */
export const PLATFORM_PROFILES: readonly PlatformProfile[] = [
  GOOGLE,
  META,
  LINKEDIN,
  MICROSOFT,
  TIKTOK,
  X,
  GA4,
];
