import { HOST_SUPPORT_TYPE_LABELS, HOST_SUPPORT_TYPES } from '../../../domain/host-support/types';
import type { HostSupportView } from '../../../services/host-support';
import { Field, FormErrors, SelectField, optionsOf, type FieldMessages } from '../../components/field';
import { CsrfField, Layout, type Viewer } from '../../components/layout';
import { EmptyState } from '../../components/notice';
import type { Flash } from '../../flash';

export type SupportRequestValues = { type: string; summary: string };

type Props = {
  viewer: Viewer;
  flash: Flash | null;
  records: HostSupportView[];
  values: SupportRequestValues;
  errors: FieldMessages;
};

/** Asking the team for help, and what the service lets the host see: its own requests and the records staff shared with it. */
export function HostSupportPage({ viewer, flash, records, values, errors }: Props) {
  return (
    <Layout title="相談したい" viewer={viewer} flash={flash} current="/consult">
      <p>困っていること、知らせたいことを書いて送ってください。担当者から連絡します。</p>
      <FormErrors errors={errors} />
      <form method="post" action="/consult" class="stack" novalidate>
        <CsrfField viewer={viewer} />
        <SelectField
          label="種類"
          name="type"
          options={optionsOf(HOST_SUPPORT_TYPE_LABELS, HOST_SUPPORT_TYPES)}
          value={values.type}
          errors={errors}
        />
        <Field
          label="内容"
          name="summary"
          value={values.summary}
          errors={errors}
          multiline
          required
          hint="例: 来週の火曜は畑が休みになります。どう伝えたらよいか相談したいです"
        />
        <button type="submit">担当者に送る</button>
      </form>

      <h2>これまでのやりとり</h2>
      {records.length === 0 ? (
        <EmptyState title="まだやりとりはありません">
          <p>上の欄から送った相談と、担当者が共有した記録がここに表示されます。</p>
        </EmptyState>
      ) : (
        <ul class="list">
          {records.map((r) => (
            <li class="item">
              <p class="meta">
                {r.date} <span class="badge">{HOST_SUPPORT_TYPE_LABELS[r.type]}</span>{' '}
                <span class={r.sharedWithHost ? 'badge shared' : 'badge'}>
                  {r.sharedWithHost ? '担当者からの記録' : 'こちらから送った相談'}
                </span>
                {r.followUpNeeded ? <span class="badge pending">対応待ち</span> : null}
              </p>
              <p class="desc">{r.summary}</p>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}
