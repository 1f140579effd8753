/**
 * A deterministic `newId` for tests: valid version-4 UUIDs numbered from 1.
 *
 * @example const newId = counterIds(); newId() // '00000000-0000-4000-8000-000000000001'
 */
export function counterIds(): () => string {
  let n = 0;
  return () => {
    n += 1;
    return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
  };
}
