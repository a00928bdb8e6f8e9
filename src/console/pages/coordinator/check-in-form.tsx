import { FOLLOW_UP_EARLY_GRACE_DAYS } from '../../../config';
import {
  CHECK_IN_CHANNEL_LABELS,
  CHECK_IN_CHANNELS,
  CONCERN_LABELS,
  CONCERNS,
  completesFollowUp,
} from '../../../domain/follow-up/check-in';
import type { PlacementDetailView } from '../../../services/placements';
import { Choices, Field, FormErrors, SelectField, type FieldMessages, type Option } from '../../components/field';
import { CsrfField, Layout, type Viewer } from '../../components/layout';

/** What the form shows back: the person's own words as typed, numbers as typed. */
export type CheckInDraft = {
  date: string;
  channel: string;
  attended: string;
  planned: string;
  wellbeing: string;
  participantVoice: string;
  hostVoice: string;
  concerns: string[];
  nextActions: string;
};

type Props = { viewer: Viewer; placement: PlacementDetailView; draft: CheckInDraft; errors: FieldMessages };

/** Staff record their own contacts here; a host's report comes from the host's side. */
const STAFF_CHANNELS: Option[] = CHECK_IN_CHANNELS.filter(completesFollowUp).map((channel) => ({
  value: channel,
  label: CHECK_IN_CHANNEL_LABELS[channel],
}));

const WELLBEING: Option[] = [
  { value: '', label: '記録しない' },
  { value: '1', label: '1 とてもつらい' },
  { value: '2', label: '2 つらい' },
  { value: '3', label: '3 ふつう' },
  { value: '4', label: '4 よい' },
  { value: '5', label: '5 とてもよい' },
];

const CONCERN_OPTIONS: Option[] = CONCERNS.map((concern) => ({ value: concern, label: CONCERN_LABELS[concern] }));

/** One short form: when and how, then what was seen and heard, then what happens next. */
export function CheckInFormPage({ viewer, placement, draft, errors }: Props) {
  const next = 'followUps' in placement ? placement.followUps.find((f) => f.status === 'open') : undefined;
  const who = 'participantCode' in placement ? placement.participantCode : placement.participant.code;
  return (
    <Layout title="フォローアップを記録する" viewer={viewer} current="/follow-ups">
      <p class="item-title">
        {who}・{placement.opportunityTitle}
      </p>
      {'hostName' in placement ? <p class="meta">{placement.hostName}</p> : null}
      {next ? (
        <p>
          次のフォローアップ: {next.dueDate}（{next.label}）。期限の{FOLLOW_UP_EARLY_GRACE_DAYS}日前からの記録で完了になります。
        </p>
      ) : null}
      <FormErrors errors={errors} />
      <form method="post" action={`/follow-ups/${placement.id}/check-in`} class="stack">
        <CsrfField viewer={viewer} />
        <div class="grid">
          <Field label="確認した日" name="date" type="date" value={draft.date} errors={errors} required />
          <SelectField label="方法" name="channel" options={STAFF_CHANNELS} value={draft.channel} errors={errors} />
        </div>
        <fieldset class="field">
          <legend>前回からの出席（分かれば）</legend>
          <div class="grid">
            <Field label="出席した回数" name="attendance.attended" type="number" value={draft.attended} errors={errors} />
            <Field label="予定の回数" name="attendance.planned" type="number" value={draft.planned} errors={errors} />
          </div>
        </fieldset>
        <Choices label="本人の調子" name="wellbeing" options={WELLBEING} values={[draft.wellbeing]} errors={errors} multiple={false} />
        <Field label="本人の声" name="participantVoice" value={draft.participantVoice} errors={errors} multiline />
        <Field label="受け入れ先の声" name="hostVoice" value={draft.hostVoice} errors={errors} multiline />
        <Choices label="気がかりな点" name="concerns" options={CONCERN_OPTIONS} values={draft.concerns} errors={errors} />
        <Field
          label="次にすること"
          name="nextActions"
          value={draft.nextActions}
          errors={errors}
          multiline
          hint="例: 2週間後に電話で様子を聞く"
        />
        <p class="actions">
          <button type="submit">記録する</button>
          <a class="button secondary" href="/follow-ups">
            記録せずに一覧へ戻る
          </a>
        </p>
      </form>
    </Layout>
  );
}
