import { readFileSync, writeFileSync } from 'node:fs';

const MB = 1024 * 1024;

/** Collects garbage when the process runs with `--expose-gc` (every bench worker does). */
export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc !== undefined) gc();
}

/** Resident set size now, in MB. */
export function rssMb(): number {
  return process.memoryUsage().rss / MB;
}

function highWaterMb(): number | null {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    return match?.[1] === undefined ? null : Number(match[1]) / 1024;
  } catch {
    return null;
  }
}

/**
 * Starts a peak-memory window: on Linux, writing 5 to /proc/self/clear_refs resets the peak resident
 * set size (VmHWM) to the current one, so `peakRssMb()` then gives the peak since this call. Where
 * that is not possible the peak is the process's whole-life peak (ru_maxrss); `windowed` says which.
 */
export function resetPeak(): { windowed: boolean } {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return { windowed: highWaterMb() !== null };
  } catch {
    return { windowed: false };
  }
}

/** The highest resident set size since `resetPeak()` (or since the process started), in MB. */
export function peakRssMb(): number {
  return highWaterMb() ?? (process.resourceUsage().maxRSS * 1024) / MB;
}
