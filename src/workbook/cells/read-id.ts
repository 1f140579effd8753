import { lookalikeLetters, normalizeId } from '../../engine/model/id-text';
import { accept, BLANK, refuse, type CellContext, type CellRead, type CellReader } from './cell-read';
import { readList } from './read-list';
import { readText } from './read-text';

/** An ID as compared and written (`normalizeId`), or `confusable_id` when its letters look like others. */
function checkedId(text: string, context: CellContext): CellRead<string> {
  const id = normalizeId(text);
  if (id === '') return BLANK;
  const letters = lookalikeLetters(id);
  return letters.length === 0
    ? accept(id)
    : refuse({ code: 'confusable_id', column: context.column, value: id, letters });
}

/**
 * A Campaign, Task or Mission ID: text as `readText` reads it, in the form IDs are compared and
 * written in (NFC, no invisible characters, non-breaking spaces as spaces, trimmed); an ID with a
 * Cyrillic, Greek or fullwidth look-alike of a Latin letter is `confusable_id`.
 *
 * @example readId('CMP-001\u200b', context) // { ok: true, value: 'CMP-001' }
 * @example readId('\u042202', context) // confusable_id: Cyrillic Т looks like Latin T
 */
export const readId: CellReader<string> = (cell, context) => {
  const read = readText(cell, context);
  return !read.ok || read.value === null ? read : checkedId(read.value, context);
};

/**
 * Depends On: Task IDs separated by commas or semicolons, each read as `readId`; the first
 * look-alike refuses the cell.
 *
 * @example readIdList('T1, T2\u200b;;T3 ', context) // { ok: true, value: ['T1', 'T2', 'T3'] }
 */
export const readIdList: CellReader<string[]> = (cell, context) => {
  const read = readList(/[,;]/)(cell, context);
  if (!read.ok || read.value === null) return read;
  const ids: string[] = [];
  for (const item of read.value) {
    const id = checkedId(item, context);
    if (!id.ok) return id;
    if (id.value !== null) ids.push(id.value);
  }
  return accept(ids);
};
