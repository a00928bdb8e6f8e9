import type { Slot } from '../../domain/types';
import { DAY_LABELS } from '../labels';

/** Weekly slots read aloud the Japanese way: 火 09:00〜12:00. */
export function SlotList({ slots }: { slots: readonly Slot[] }) {
  if (slots.length === 0) return <span>なし</span>;
  return (
    <ul class="inline">
      {slots.map((s) => (
        <li>
          {DAY_LABELS[s.day]} {s.start}〜{s.end}
        </li>
      ))}
    </ul>
  );
}
