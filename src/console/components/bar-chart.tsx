export type Bar = { label: string; value: number };

const ROW = 28;
/** Wide enough for the longest label (a step's name, 14 characters) at the chart's font size. */
const LABEL_WIDTH = 200;
const BAR_WIDTH = 170;

/**
 * A horizontal bar chart as inline SVG (no script, allowed by a strict CSP), read out as one image
 * with every number in its label, and the same numbers as a table, folded, for those who prefer text.
 */
export function BarChart({ id, title, bars }: { id: string; title: string; bars: Bar[] }) {
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const spoken = `${title}: ${bars.map((bar) => `${bar.label} ${bar.value}`).join('、')}`;
  return (
    <figure class="chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>{title}</figcaption>
      <svg role="img" aria-label={spoken} viewBox={`0 0 ${LABEL_WIDTH + BAR_WIDTH + 50} ${bars.length * ROW}`} focusable="false">
        <title>{spoken}</title>
        {bars.map((bar, index) => {
          const y = index * ROW;
          const width = Math.round((bar.value / max) * BAR_WIDTH);
          return (
            <g>
              <text class="chart-label" x={String(LABEL_WIDTH - 8)} y={String(y + ROW / 2 + 5)} text-anchor="end">
                {bar.label}
              </text>
              <rect class="chart-bar" x={String(LABEL_WIDTH)} y={String(y + 5)} width={String(width)} height={String(ROW - 10)} />
              <text class="chart-value" x={String(LABEL_WIDTH + width + 6)} y={String(y + ROW / 2 + 5)}>
                {bar.value}
              </text>
            </g>
          );
        })}
      </svg>
      <details class="chart-numbers">
        <summary>数値を表で見る</summary>
        <table class="chart-table">
          <caption class="visually-hidden">{title}（数値）</caption>
          <tbody>
            {bars.map((bar) => (
              <tr>
                <th scope="row">{bar.label}</th>
                <td>{bar.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

/** Bars from a report's counts, in the label table's order. */
export function barsOf<K extends string>(counts: Record<K, number>, labels: Record<K, string>): Bar[] {
  return (Object.keys(labels) as K[]).map((key) => ({ label: labels[key], value: counts[key] ?? 0 }));
}
