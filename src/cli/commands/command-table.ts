import type { Command } from '../command';
import { demoCommand } from './demo-command';
import { initCommand } from './init-command';
import { trackCommand } from './track-command';

/**
 * The commands of `campaign-operator`, in the order its help lists them. The `import` command
 * (ad-platform exports into ChannelMetrics) goes between `init` and `demo`.
 */
export const COMMANDS: readonly Command[] = [trackCommand, initCommand, demoCommand];
