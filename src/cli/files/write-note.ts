import { displayPath } from '../display-path';

/**
 * Something a successful write could not keep about the file it replaced (docs/cli.md, "Mode,
 * owner and links"): the file's other names (hard links) still show the old version, or its
 * owner could not be kept (only the superuser may give a file away).
 */
export type WriteNote =
  | { readonly code: 'hard_link_broken'; readonly file: string; readonly otherNames: number }
  | { readonly code: 'owner_not_kept'; readonly file: string; readonly uid: number; readonly gid: number };

/**
 * A note as the warning line the CLI prints; `name` turns a path into what the user typed.
 *
 * @example writeNoteText({ code: 'hard_link_broken', file: '/w/q3.xlsx', otherNames: 1 }, (p) => p)
 * // '/w/q3.xlsx had 1 other name (a hard link): only this name was replaced; the other keeps the previous version'
 */
export function writeNoteText(note: WriteNote, name: (path: string) => string): string {
  const file = name(note.file);
  switch (note.code) {
    case 'hard_link_broken': {
      const others =
        note.otherNames === 1 ? '1 other name (a hard link)' : `${note.otherNames} other names (hard links)`;
      const keep = note.otherNames === 1 ? 'the other keeps' : 'the others keep';
      return `${file} had ${others}: only this name was replaced; ${keep} the previous version`;
    }
    case 'owner_not_kept':
      return `${file} belonged to user ${note.uid} (group ${note.gid}); only the superuser can keep that owner, so the new file is yours`;
  }
}

/**
 * The notes of a write as warning lines, paths as the user typed them (relative to `cwd`).
 *
 * @example writeNoteLines(notes, io.cwd).forEach((l) => io.stderr(`Warning: ${l}\n`));
 */
export function writeNoteLines(notes: readonly WriteNote[], cwd: string): string[] {
  return notes.map((n) => writeNoteText(n, (p) => displayPath(cwd, p)));
}
