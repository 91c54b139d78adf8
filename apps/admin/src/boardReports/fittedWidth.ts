// A print chart's width: its fixed print size (a PDF is taken once, at A4 width) unless the
// screen is narrower. On screen at 200 % zoom (640 CSS px) the fixed 640 px drawing ran past
// the window and the page scrolled sideways (WCAG 1.4.4, 1.4.10); it now takes the room
// its box has, no more than the print size.
import { useLayoutEffect, useRef, useState } from 'react';

export function useFittedWidth<T extends HTMLElement>(print: number) {
  const box = useRef<T>(null);
  const [width, setWidth] = useState(print);
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return undefined;
    const fit = () => {
      const room = Math.floor(element.clientWidth);
      setWidth(room > 0 ? Math.min(print, room) : print);
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(element);
    return () => observer.disconnect();
  }, [print]);
  return { box, width };
}
