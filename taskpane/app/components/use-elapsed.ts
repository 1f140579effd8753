import { useEffect, useState } from 'react';

/**
 * Whole seconds since `startedAt` (the pane's clock), ticking once a second while mounted.
 *
 * @example const seconds = useElapsedSeconds(view.startedAt);
 */
export function useElapsedSeconds(startedAt: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return Math.max(0, Math.floor((now - startedAt) / 1000));
}

/**
 * Seconds as the progress view says them: `4 s`, `1 min 5 s`.
 *
 * @example elapsedText(65) // '1 min 5 s'
 */
export function elapsedText(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}
