import { useRef, useState, type ThHTMLAttributes } from 'react';
import styles from './customer-table.module.css';

export type ResizableHeaderProps = ThHTMLAttributes<HTMLTableCellElement> & {
  width?: number;
  onResize?: (width: number) => void;
  resizeLabel?: string;
};

const minWidth = 60;
const maxWidth = 800;
const clamp = (w: number) => Math.min(maxWidth, Math.max(minWidth, Math.round(w)));

/**
 * A table header cell with a grip on its right edge: drag it with a mouse or finger, or focus it
 * and press ← / → (Shift for bigger steps).
 */
export const ResizableHeaderCell = ({ width, onResize, resizeLabel, ...props }: ResizableHeaderProps) => {
  const start = useRef<{ x: number; width: number } | null>(null);
  const [dragging, setDragging] = useState(false);
  if (!onResize || width === undefined) return <th {...props} />;

  const onPointerDown = (e: React.PointerEvent<HTMLSpanElement>) => {
    e.preventDefault();
    e.stopPropagation();
    const th = e.currentTarget.parentElement as HTMLElement;
    start.current = { x: e.clientX, width: th.getBoundingClientRect().width };
    e.currentTarget.setPointerCapture(e.pointerId);
    setDragging(true);
  };
  const onPointerMove = (e: React.PointerEvent<HTMLSpanElement>) => {
    if (!start.current) return;
    const rtl = getComputedStyle(e.currentTarget).direction === 'rtl';
    const delta = (e.clientX - start.current.x) * (rtl ? -1 : 1);
    onResize(clamp(start.current.width + delta));
  };
  const onPointerUp = (e: React.PointerEvent<HTMLSpanElement>) => {
    start.current = null;
    e.currentTarget.releasePointerCapture(e.pointerId);
    setDragging(false);
  };
  const onKeyDown = (e: React.KeyboardEvent<HTMLSpanElement>) => {
    const step = e.shiftKey ? 50 : 10;
    if (e.key === 'ArrowLeft') onResize(clamp(width - step));
    else if (e.key === 'ArrowRight') onResize(clamp(width + step));
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  return (
    // antd's header cells are already positioned (relative, or sticky when fixed), which anchors the grip.
    <th {...props}>
      {props.children}
      <span
        role="separator"
        aria-orientation="vertical"
        aria-valuenow={width}
        aria-valuemin={minWidth}
        aria-valuemax={maxWidth}
        aria-label={resizeLabel}
        tabIndex={0}
        className={`${styles.resizer} ${dragging ? styles.resizing : ''}`}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
        onClick={(e) => e.stopPropagation()}
        onKeyDown={onKeyDown}
        data-testid="column-resizer"
      />
    </th>
  );
};
