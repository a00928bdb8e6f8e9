/** Messages per field, keyed by the API's dotted path (`availability.0.start`), which is also the field's name. */
export type FieldMessages = Record<string, string>;

type Common = { label: string; name: string; errors?: FieldMessages | undefined; hint?: string };

function idOf(name: string): string {
  return `f-${name.replaceAll('.', '-')}`;
}

function Message({ name, errors, hint }: Omit<Common, 'label'>) {
  const error = errors?.[name];
  return (
    <>
      {hint ? (
        <span class="hint" id={`${idOf(name)}-hint`}>
          {hint}
        </span>
      ) : null}
      {error ? (
        <span class="error" id={`${idOf(name)}-error`}>
          {error}
        </span>
      ) : null}
    </>
  );
}

function described(name: string, errors: FieldMessages | undefined, hint: string | undefined) {
  const ids = [hint ? `${idOf(name)}-hint` : null, errors?.[name] ? `${idOf(name)}-error` : null].filter(Boolean);
  return { 'aria-describedby': ids.length > 0 ? ids.join(' ') : undefined, 'aria-invalid': errors?.[name] ? 'true' : undefined };
}

type FieldProps = Common & {
  value?: string | number | null | undefined;
  type?: 'text' | 'number' | 'search' | 'password' | 'tel' | 'date';
  required?: boolean;
  multiline?: boolean;
  autocomplete?: string;
};

/** A labelled input with its hint and its message from the shared schema beside it. */
export function Field({ label, name, value, errors, hint, type = 'text', required, multiline, autocomplete }: FieldProps) {
  const common = { id: idOf(name), name, required, ...described(name, errors, hint) };
  return (
    <div class={errors?.[name] ? 'field invalid' : 'field'}>
      <label for={idOf(name)}>
        {label}
        {required ? <span class="req">（必須）</span> : null}
      </label>
      {multiline ? (
        <textarea {...common} rows={4}>
          {value ?? ''}
        </textarea>
      ) : (
        <input {...common} type={type} value={value ?? ''} autocomplete={autocomplete} step={type === 'number' ? 'any' : undefined} />
      )}
      <Message name={name} errors={errors} hint={hint} />
    </div>
  );
}

export type Option = { value: string; label: string };

type SelectProps = Common & { options: Option[]; value?: string | number | null | undefined; blank?: string };

export function SelectField({ label, name, options, value, errors, hint, blank }: SelectProps) {
  return (
    <div class={errors?.[name] ? 'field invalid' : 'field'}>
      <label for={idOf(name)}>{label}</label>
      <Select name={name} options={options} value={value} blank={blank} id={idOf(name)} {...described(name, errors, hint)} />
      <Message name={name} errors={errors} hint={hint} />
    </div>
  );
}

type BareSelectProps = {
  name: string;
  options: Option[];
  value?: string | number | null | undefined;
  blank?: string | undefined;
  id?: string;
  [attribute: string]: unknown;
};

/** A select without its own label, for rows whose columns are labelled together. */
export function Select({ name, options, value, blank, ...rest }: BareSelectProps) {
  const selected = value === null || value === undefined ? '' : String(value);
  return (
    <select name={name} {...rest}>
      {blank !== undefined ? (
        <option value="" selected={selected === ''}>
          {blank}
        </option>
      ) : null}
      {options.map((option) => (
        <option value={option.value} selected={option.value === selected}>
          {option.label}
        </option>
      ))}
    </select>
  );
}

type ChoicesProps = Common & { options: Option[]; values: readonly string[]; multiple?: boolean };

/** Checkboxes (or radios) grouped under one legend. */
export function Choices({ label, name, options, values, errors, hint, multiple = true }: ChoicesProps) {
  return (
    <fieldset class={errors?.[name] ? 'field invalid' : 'field'} {...described(name, errors, hint)}>
      <legend>{label}</legend>
      <div class="choices">
        {options.map((option) => (
          <label class="choice">
            <input type={multiple ? 'checkbox' : 'radio'} name={name} value={option.value} checked={values.includes(option.value)} />
            {option.label}
          </label>
        ))}
      </div>
      <Message name={name} errors={errors} hint={hint} />
    </fieldset>
  );
}

/** One yes/no box, sent as `on` when ticked; a hint says what ticking it means. */
export function Checkbox({ label, name, checked, hint }: { label: string; name: string; checked: boolean; hint?: string }) {
  const box = (
    <label class="choice">
      <input type="checkbox" name={name} value="on" checked={checked} id={idOf(name)} {...described(name, undefined, hint)} />
      {label}
    </label>
  );
  if (!hint) return box;
  return (
    <div class="field">
      {box}
      <Message name={name} hint={hint} />
    </div>
  );
}

/** Above a form: how many fields need fixing, or the refusal that concerns the whole form (key ''). */
export function FormErrors({ errors }: { errors?: FieldMessages | undefined }) {
  const fields = Object.keys(errors ?? {}).filter((path) => path !== '');
  const whole = errors?.[''];
  if (!whole && fields.length === 0) return null;
  return (
    <div class="notice notice-error" role="alert">
      {whole ? <p>{whole}</p> : null}
      {fields.length > 0 ? <p>入力内容を確かめてください（{fields.length}件）。各項目の下に理由があります。</p> : null}
    </div>
  );
}

/** Options from a label table, in the table's order. */
export function optionsOf<K extends string | number>(labels: Record<K, string>, order: readonly K[]): Option[] {
  return order.map((key) => ({ value: String(key), label: labels[key] }));
}
