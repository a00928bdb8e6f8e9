import { DAYS, type Slot } from '../../domain/types';
import { DAY_LABELS } from '../labels';
import { Select, optionsOf, type FieldMessages, type Option } from './field';

const EMPTY_ROWS = 2;

/** Every half hour from 06:00 to 22:00: what weekly schedules are made of. */
const TIMES: Option[] = Array.from({ length: 33 }, (_, i) => {
  const minutes = 6 * 60 + i * 30;
  const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  return { value: time, label: time };
});

type Props = { legend: string; name: string; slots: readonly Slot[]; errors?: FieldMessages | undefined };

/**
 * Weekly time slots as rows of day / start / end, with a few empty rows to add more. A row left
 * blank is not sent as a slot; each row's messages come from the shared slot schema.
 */
export function WeekGrid({ legend, name, slots, errors }: Props) {
  const rows: (Slot | null)[] = [...slots, ...Array.from({ length: EMPTY_ROWS }, () => null)];
  const days = optionsOf(DAY_LABELS, DAYS);
  return (
    <fieldset class={errors?.[name] ? 'field invalid week' : 'field week'}>
      <legend>{legend}</legend>
      <p class="hint">曜日・開始・終了を選びます。空いている行は使わなければそのままにします。</p>
      {errors?.[name] ? <span class="error">{errors[name]}</span> : null}
      <ol class="slots">
        {rows.map((slot, index) => {
          const path = `${name}.${index}`;
          const rowError = [errors?.[path], errors?.[`${path}.day`], errors?.[`${path}.start`], errors?.[`${path}.end`]]
            .filter(Boolean)
            .join(' ');
          return (
            <li class={rowError ? 'slot invalid' : 'slot'}>
              <label>
                曜日
                <Select name={`${path}.day`} options={days} value={slot?.day} blank="—" />
              </label>
              <label>
                開始
                <Select name={`${path}.start`} options={TIMES} value={slot?.start} blank="—" />
              </label>
              <label>
                終了
                <Select name={`${path}.end`} options={TIMES} value={slot?.end} blank="—" />
              </label>
              {rowError ? (
                <span class="error" role="alert">
                  {index + 1}行目: {rowError}
                </span>
              ) : null}
            </li>
          );
        })}
      </ol>
    </fieldset>
  );
}

/** The slots a person wrote into the rows, read back from the form; rows left blank are skipped. */
export function slotsFromForm(values: Record<string, string>, name: string): { day: string; start: string; end: string }[] {
  const slots: { day: string; start: string; end: string }[] = [];
  for (let index = 0; `${name}.${index}.day` in values; index++) {
    const day = values[`${name}.${index}.day`] ?? '';
    const start = values[`${name}.${index}.start`] ?? '';
    const end = values[`${name}.${index}.end`] ?? '';
    if (day || start || end) slots.push({ day, start, end });
  }
  return slots;
}
