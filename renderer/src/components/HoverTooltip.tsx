import { Tooltip } from '@mui/material';
import { cloneElement, useEffect, useState, type ReactElement, type ReactNode } from 'react';

interface ChildProps {
  'aria-label'?: string;
  onMouseEnter?: () => void;
  onMouseLeave?: () => void;
  onFocus?: () => void;
}

interface Props {
  title: ReactNode;
  enterDelay?: number;
  children: ReactElement<ChildProps>;
}

/** MUI's default enterDelay. */
const DEFAULT_ENTER_DELAY_MS = 100;

/**
 * MUI's Tooltip, mounted only once the pointer or keyboard focus reaches its child. A list row
 * carries four tooltips, and mounting a Tooltip (its Popper, transition, listeners) costs more
 * than the row itself: 30 rows on a view switch spent ~15 ms on tooltips nobody had pointed at.
 * Until then the child gets the accessible name MUI would have given it, so screen readers and
 * tests see the same element.
 */
export function HoverTooltip({ title, enterDelay = DEFAULT_ENTER_DELAY_MS, children }: Props) {
  const [armed, setArmed] = useState(false);
  const [open, setOpen] = useState(false);
  /** The first hover, which Tooltip did not see: open after the delay it would have used. */
  const [pending, setPending] = useState(false);
  useEffect(() => {
    if (!pending) return;
    const timer = window.setTimeout(() => {
      setPending(false);
      setOpen(true);
    }, enterDelay);
    return () => window.clearTimeout(timer);
  }, [pending, enterDelay]);

  if (!armed) {
    const label = children.props['aria-label'] ?? (typeof title === 'string' ? title : undefined);
    return cloneElement(children, {
      ...(label === undefined ? {} : { 'aria-label': label }),
      onMouseEnter: () => {
        setArmed(true);
        setPending(true);
      },
      onFocus: () => {
        setArmed(true);
        setOpen(true);
      },
    });
  }
  return (
    <Tooltip
      title={title}
      enterDelay={enterDelay}
      open={open}
      onOpen={() => setOpen(true)}
      onClose={() => {
        setPending(false);
        setOpen(false);
      }}
    >
      {cloneElement(children, { onMouseLeave: () => setPending(false) })}
    </Tooltip>
  );
}
