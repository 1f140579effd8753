import { BOOLEAN_WORDS } from '../../engine/model/boolean-words';
import { accept, cellReader, invalid, type CellReader } from './cell-read';

/**
 * TRUE/FALSE, also yes/no, y/n and 1/0, in any case.
 *
 * @example readBoolean('Yes', context) // { ok: true, value: true }
 * @example readBoolean(0, context) // { ok: true, value: false }
 */
export const readBoolean: CellReader<boolean> = cellReader((cell, context) => {
  if (typeof cell === 'boolean') return accept(cell);
  if (typeof cell === 'number')
    return cell === 1 || cell === 0 ? accept(cell === 1) : invalid(cell, context, 'boolean');
  const value = BOOLEAN_WORDS.get(cell.trim().toLowerCase());
  return value === undefined ? invalid(cell, context, 'boolean') : accept(value);
});
