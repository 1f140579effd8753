import { isValidTimeZone } from '../../engine/time/zoned';
import { accept, cellReader, invalid, type CellReader } from './cell-read';

/**
 * An IANA time zone this runtime knows (`Europe/Paris`, `UTC`), as written.
 *
 * @example readTimeZone('Mars/Olympus', context) // invalid_value, expected 'time_zone'
 */
export const readTimeZone: CellReader<string> = cellReader((cell, context) => {
  const zone = typeof cell === 'string' ? cell.trim() : '';
  return zone.length <= 64 && isValidTimeZone(zone) ? accept(zone) : invalid(cell, context, 'time_zone');
});
