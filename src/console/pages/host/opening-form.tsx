import { CONVERSATION_LABELS, GROUP_SIZE_LABELS, SUPPORT_LABELS } from '../../../domain/matching/labels';
import { OPPORTUNITY_STATUS_LABELS } from '../../../domain/catalog/labels';
import { CONVERSATION_LEVELS, GROUP_SIZES, OPPORTUNITY_STATUSES, SUPPORTS, type Slot } from '../../../domain/types';
import { Checkbox, Choices, Field, FormErrors, SelectField, optionsOf, type FieldMessages } from '../../components/field';
import { CsrfField, Layout, type Viewer } from '../../components/layout';
import { WeekGrid } from '../../components/week-grid';
import type { OpportunityDraft } from '../../opportunity-input';

/** What the form shows: the stored opening or what was just typed, in the patch's shape. */
export type OpeningFormValues = Omit<OpportunityDraft, 'schedule' | 'capacity'> & { schedule: readonly Slot[]; capacity: number | null };

type Props = {
  viewer: Viewer;
  id: string;
  /** The opening's title as stored, for the heading, whatever is being typed. */
  title: string;
  filled: number;
  version: number;
  values: OpeningFormValues;
  errors: FieldMessages;
};

/** The host edits what people need to know; each message of the API's schema sits beside its field. */
export function HostOpeningFormPage({ viewer, id, title, filled, version, values: v, errors }: Props) {
  return (
    <Layout title={`「${title}」を変更する`} viewer={viewer} current="/openings">
      <p>
        <a href="/openings">受け入れメニューの一覧へ戻る</a>
      </p>
      <FormErrors errors={errors} />
      <form method="post" action={`/openings/${id}`} class="stack" novalidate>
        <CsrfField viewer={viewer} />
        <input type="hidden" name="version" value={String(version)} />
        <Field label="名前" name="title" value={v.title} errors={errors} required />
        <Field
          label="内容の説明"
          name="description"
          value={v.description}
          errors={errors}
          multiline
          hint="どんなことをするか、初めての人が安心できることを書きます"
        />
        <Field
          label="独自ID（任意）"
          name="externalId"
          value={v.externalId}
          errors={errors}
          hint="台帳や Excel の一覧での番号。一覧表から取り込むとき、この番号で同じメニューと分かります"
        />
        <WeekGrid legend="曜日と時間" name="schedule" slots={v.schedule} errors={errors} />
        <div class="grid">
          <Field label="定員（人）" name="capacity" type="number" value={v.capacity} errors={errors} hint={`いま${filled}人が利用中です`} />
          <SelectField
            label="募集の状態"
            name="status"
            options={optionsOf(OPPORTUNITY_STATUS_LABELS, OPPORTUNITY_STATUSES)}
            value={v.status}
            errors={errors}
          />
        </div>
        <Choices label="用意できる支援" name="support" options={optionsOf(SUPPORT_LABELS, SUPPORTS)} values={v.support} errors={errors} />
        <fieldset class="field">
          <legend>環境</legend>
          <div class="grid">
            <SelectField
              label="一緒に過ごす人数"
              name="environment.groupSize"
              options={optionsOf(GROUP_SIZE_LABELS, GROUP_SIZES)}
              value={v.environment.groupSize}
              errors={errors}
            />
            <SelectField
              label="会話の量"
              name="environment.conversation"
              options={optionsOf(CONVERSATION_LABELS, CONVERSATION_LEVELS)}
              value={v.environment.conversation}
              errors={errors}
            />
          </div>
          <div class="choices">
            <Checkbox label="接客がある" name="environment.customerFacing" checked={v.environment.customerFacing} />
            <Checkbox label="電話の応対がある" name="environment.phone" checked={v.environment.phone} />
          </div>
        </fieldset>
        <button type="submit">保存する</button>
      </form>
    </Layout>
  );
}
