/**
 * Whether a process of this machine is running: signal 0 checks without signalling (EPERM means it
 * runs under another user).
 *
 * @example processIsAlive(process.pid) // true
 */
export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
