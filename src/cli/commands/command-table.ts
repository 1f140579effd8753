import type { Command } from '../command';

/**
 * The commands of `campaign-operator`, in the order its help lists them: track, init, import,
 * demo. The `import` command (src/imports + its command file) takes its place after `init`.
 */
export const COMMANDS: readonly Command[] = [];
