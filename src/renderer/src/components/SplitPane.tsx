import { useCallback, useRef, useState, type ReactNode, type PointerEvent } from 'react';

const STORAGE_KEY = 'hookbench.splitWidth';
const MIN_WIDTH = 320;
const MIN_OTHER = 360;

function initialWidth(fallback: number): number {
  const stored = Number(localStorage.getItem(STORAGE_KEY));
  return Number.isFinite(stored) && stored >= MIN_WIDTH ? stored : fallback;
}

/** Two panes with a draggable divider; the left width survives reloads. */
export function SplitPane({ left, right, defaultWidth = 660 }: { left: ReactNode; right: ReactNode; defaultWidth?: number }) {
  const [width, setWidth] = useState(() => initialWidth(defaultWidth));
  const container = useRef<HTMLDivElement>(null);

  const onPointerDown = useCallback((down: PointerEvent<HTMLDivElement>) => {
    const handle = down.currentTarget;
    handle.setPointerCapture(down.pointerId);
    const bounds = container.current!.getBoundingClientRect();
    const onMove = (move: globalThis.PointerEvent) => {
      const next = Math.min(bounds.width - MIN_OTHER, Math.max(MIN_WIDTH, move.clientX - bounds.left));
      setWidth(next);
      localStorage.setItem(STORAGE_KEY, String(Math.round(next)));
    };
    const onUp = () => {
      handle.removeEventListener('pointermove', onMove);
      handle.removeEventListener('pointerup', onUp);
    };
    handle.addEventListener('pointermove', onMove);
    handle.addEventListener('pointerup', onUp);
  }, []);

  return (
    <div className="split-pane" ref={container}>
      <div className="split-pane-left" style={{ width }}>
        {left}
      </div>
      <div
        className="split-pane-divider"
        role="separator"
        aria-orientation="vertical"
        aria-label="Resize the list"
        onPointerDown={onPointerDown}
      />
      <div className="split-pane-right">{right}</div>
    </div>
  );
}
