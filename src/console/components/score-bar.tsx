/** The score as a bar and a number; an SVG attribute, not a style, so a strict CSP allows it. */
export function ScoreBar({ score }: { score: number }) {
  const points = Math.round(score * 100);
  return (
    <span class="score">
      <svg viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
        <rect class="score-track" x="0" y="0" width="100" height="8" />
        <rect class="score-fill" x="0" y="0" width={String(points)} height="8" />
      </svg>
      <span>適合度 {points}点</span>
    </span>
  );
}
