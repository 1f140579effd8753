import type { Command } from '../command';
import { demoCommand } from './demo-command';
import { importCommand } from './import-command';
import { initCommand } from './init-command';
import { trackCommand } from './track-command';

/** The commands of `campaign-operator`, in the order its help lists them. */
export const COMMANDS: readonly Command[] = [trackCommand, initCommand, importCommand, demoCommand];
