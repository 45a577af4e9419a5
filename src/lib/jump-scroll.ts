/**
 * How an in-page jump should scroll. Smooth scrolling shows the reader where a short jump went;
 * over a long distance it only makes them watch the whole article fly past (and under
 * prefers-reduced-motion it is never wanted), so anything further than two screens is instant.
 */
export function jumpBehavior(
  distance: number,
  viewportHeight: number,
  reducedMotion: boolean,
): ScrollBehavior {
  if (reducedMotion) return 'instant';
  return Math.abs(distance) <= 2 * viewportHeight ? 'smooth' : 'instant';
}
