import { useLayoutStyles } from './layout-styles';

export interface LiveRegionProps {
  readonly text: string;
}

/**
 * Announces progress and results to screen readers without moving focus.
 *
 * @example <LiveRegion text={paneAnnouncement(state)} />
 */
export function LiveRegion({ text }: LiveRegionProps) {
  const styles = useLayoutStyles();
  return (
    <div role="status" aria-live="polite" aria-atomic="true" className={styles.visuallyHidden}>
      {text}
    </div>
  );
}
