import { useEffect, useRef, type ReactNode } from 'react';
import { useLayoutStyles } from './layout-styles';

export interface HeadingProps {
  readonly level: 2 | 3 | 4 | 5;
  readonly children: ReactNode;
  /** Move keyboard focus here when the heading appears (a new result), so the reader starts at it. */
  readonly focusOnMount?: boolean;
  readonly id?: string;
}

/**
 * A section heading of the pane (the pane's title is the only h1).
 *
 * @example <Heading level={2} focusOnMount>Checks done</Heading>
 */
export function Heading({ level, children, focusOnMount = false, id }: HeadingProps) {
  const styles = useLayoutStyles();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) ref.current?.focus();
  }, [focusOnMount]);
  const Tag = `h${level}` as const;
  const className = { 2: styles.h2, 3: styles.h3, 4: styles.h4, 5: styles.h5 }[level];
  return (
    <Tag ref={ref} id={id} className={className} tabIndex={focusOnMount ? -1 : undefined}>
      {children}
    </Tag>
  );
}
