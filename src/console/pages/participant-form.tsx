import { AREA_LABELS, AREAS, STATIONS } from '../../config';
import { CONVERSATION_LABELS, GENDER_LABELS, GROUP_SIZE_LABELS, STEP_LABELS, SUPPORT_LABELS } from '../../domain/matching/labels';
import { CONVERSATION_LEVELS, GENDERS, GROUP_SIZES, STEPS, SUPPORTS, TRAVEL_MODES, type Slot } from '../../domain/types';
import { Checkbox, Choices, Field, FormErrors, SelectField, optionsOf, type FieldMessages } from '../components/field';
import { CsrfField, Layout, type Viewer } from '../components/layout';
import { WeekGrid } from '../components/week-grid';
import { TRAVEL_MODE_LABELS } from '../labels';
import type { ParticipantDraft } from '../participant-input';

/** What the form shows: a stored participant or what was just typed, in the body's shape. */
export type ParticipantFormValues = Omit<ParticipantDraft, 'private' | 'availability'> & {
  availability: readonly Slot[];
  private?: ParticipantDraft['private'] | undefined;
};

type Props = {
  viewer: Viewer;
  action: string;
  title: string;
  values: ParticipantFormValues | null;
  errors: FieldMessages;
  version?: number;
  showPrivate: boolean;
};

const STEP_OPTIONS = STEPS.map((s) => ({ value: String(s), label: `${s} ${STEP_LABELS[s]}` }));
const STATION_OPTIONS = Object.keys(STATIONS).map((name) => ({ value: name, label: name }));

/** Register or edit a participant; the availability is rows of day / start / end, never JSON. */
export function ParticipantFormPage({ viewer, action, title, values: v, errors, version, showPrivate }: Props) {
  return (
    <Layout title={title} viewer={viewer} current="/participants">
      <FormErrors errors={errors} />
      <form method="post" action={action} class="stack" novalidate>
        <CsrfField viewer={viewer} />
        {version !== undefined ? <input type="hidden" name="version" value={String(version)} /> : null}
        {/* Coordinates come from the API or the map import; the form keeps them as they are. */}
        <input type="hidden" name="home.lat" value={v?.home.lat ?? ''} />
        <input type="hidden" name="home.lng" value={v?.home.lng ?? ''} />
        <Field label="呼び名" name="displayName" value={v?.displayName} errors={errors} required hint="例: Aさん（実名は下の個人情報に）" />
        <div class="grid">
          <Field label="年齢" name="age" type="number" value={v?.age} errors={errors} />
          <SelectField
            label="性別"
            name="gender"
            options={optionsOf(GENDER_LABELS, GENDERS)}
            value={v?.gender}
            blank="未記入"
            errors={errors}
          />
          <SelectField label="参加の段階" name="step" options={STEP_OPTIONS} value={v?.step ?? 1} errors={errors} />
          <SelectField label="住まいの地区" name="home.area" options={optionsOf(AREA_LABELS, AREAS)} value={v?.home.area} errors={errors} />
          <SelectField
            label="最寄り駅"
            name="home.station"
            options={STATION_OPTIONS}
            value={v?.home.station}
            blank="未記入"
            errors={errors}
            hint="住所を伝えたくない人も、駅なら移動時間を見積もれます"
          />
        </div>
        <Choices
          label="使える移動手段"
          name="travel.modes"
          options={optionsOf(TRAVEL_MODE_LABELS, TRAVEL_MODES)}
          values={v?.travel.modes ?? ['walk']}
          errors={errors}
        />
        <Field
          label="移動にかけられる時間（分）"
          name="travel.maxMinutes"
          type="number"
          value={v?.travel.maxMinutes ?? 30}
          errors={errors}
        />
        <WeekGrid legend="参加できる時間" name="availability" slots={v?.availability ?? []} errors={errors} />
        <Field
          label="興味のあること"
          name="interests"
          value={v?.interests.join('、')}
          errors={errors}
          hint="「、」で区切ります。例: 土いじり、パソコン"
        />
        <Choices label="必要な支援" name="needs" options={optionsOf(SUPPORT_LABELS, SUPPORTS)} values={v?.needs ?? []} errors={errors} />
        <fieldset class="field">
          <legend>環境の上限</legend>
          <div class="grid">
            <SelectField
              label="人数"
              name="limits.maxGroupSize"
              options={optionsOf(GROUP_SIZE_LABELS, GROUP_SIZES)}
              value={v?.limits.maxGroupSize ?? 'small'}
              errors={errors}
            />
            <SelectField
              label="会話"
              name="limits.maxConversation"
              options={optionsOf(CONVERSATION_LABELS, CONVERSATION_LEVELS)}
              value={v?.limits.maxConversation ?? 'little'}
              errors={errors}
            />
          </div>
          <div class="choices">
            <Checkbox label="接客は避ける" name="limits.avoidCustomerFacing" checked={v?.limits.avoidCustomerFacing ?? false} />
            <Checkbox label="電話の仕事は避ける" name="limits.avoidPhone" checked={v?.limits.avoidPhone ?? false} />
          </div>
        </fieldset>
        <Field label="目標" name="goals" value={v?.goals} errors={errors} multiline />
        <Field label="紹介元" name="referredBy" value={v?.referredBy} errors={errors} hint="例: 地域包括支援センター" />
        {showPrivate ? (
          <fieldset class="field">
            <legend>個人情報（担当者だけが見られます）</legend>
            <Field label="氏名" name="private.name" value={v?.private?.name} errors={errors} />
            <Field label="ふりがな" name="private.nameKana" value={v?.private?.nameKana} errors={errors} />
            <Field label="電話" name="private.phone" type="tel" value={v?.private?.phone} errors={errors} />
            <Field label="住所" name="private.address" value={v?.private?.address} errors={errors} />
            <Field label="メモ" name="private.notes" value={v?.private?.notes} errors={errors} multiline />
          </fieldset>
        ) : null}
        <button type="submit">保存する</button>
      </form>
    </Layout>
  );
}
