import { AREA_LABELS } from '../../../config';
import { HOST_STATUS_LABELS, HOST_TYPE_LABELS } from '../../../domain/catalog/labels';
import { HOST_SUPPORT_TYPE_LABELS, HOST_SUPPORT_TYPES } from '../../../domain/host-support/types';
import type { HostSupportView } from '../../../services/host-support';
import type { HostView } from '../../../services/hosts';
import { Checkbox, Field, FormErrors, SelectField, optionsOf, type FieldMessages } from '../../components/field';
import { CsrfField, Layout, type Viewer } from '../../components/layout';
import { EmptyState } from '../../components/notice';
import type { Flash } from '../../flash';

const areaOf = (area: string) => AREA_LABELS[area as keyof typeof AREA_LABELS] ?? area;

type HostsProps = { viewer: Viewer; flash: Flash | null; hosts: HostView[]; nextHref: string | null };

/** Every host, to open one's support log. */
export function SupportHostsPage({ viewer, flash, hosts, nextHref }: HostsProps) {
  return (
    <Layout title="受け入れ先の支援" viewer={viewer} flash={flash} current="/host-support">
      <p>受け入れ先を選ぶと、これまでの相談・研修などの記録を読み、新しく記録できます。</p>
      {hosts.length === 0 ? (
        <EmptyState title="受け入れ先がまだ登録されていません">
          <p>受け入れ先が登録されると、ここに並びます。登録は市の担当か参加支援員に依頼してください。</p>
        </EmptyState>
      ) : (
        <ul class="list">
          {hosts.map((host) => (
            <li class="item">
              <a class="item-title" href={`/host-support/${host.id}`}>
                {host.name}
              </a>
              <span class="meta">
                {HOST_TYPE_LABELS[host.type]}・{areaOf(host.area)}・{HOST_STATUS_LABELS[host.status]}
              </span>
            </li>
          ))}
        </ul>
      )}
      {nextHref ? (
        <p>
          <a href={nextHref}>次の受け入れ先を表示</a>
        </p>
      ) : null}
    </Layout>
  );
}

export type SupportDraft = { date: string; type: string; summary: string; followUpNeeded: boolean; sharedWithHost: boolean };

type LogProps = {
  viewer: Viewer;
  flash: Flash | null;
  host: HostView;
  records: HostSupportView[];
  nextHref: string | null;
  draft: SupportDraft;
  errors: FieldMessages;
};

/** One host's support log, newest first, with the form to add to it. */
export function SupportLogPage({ viewer, flash, host, records, nextHref, draft, errors }: LogProps) {
  return (
    <Layout title={`${host.name}への支援`} viewer={viewer} flash={flash} current="/host-support">
      <p>
        <a href="/host-support">受け入れ先の一覧に戻る</a>
      </p>
      <section aria-labelledby="new-record">
        <h2 id="new-record">支援を記録する</h2>
        <FormErrors errors={errors} />
        <form method="post" action={`/host-support/${host.id}`} class="stack">
          <CsrfField viewer={viewer} />
          <div class="grid">
            <Field label="日付" name="date" type="date" value={draft.date} errors={errors} required />
            <SelectField
              label="種類"
              name="type"
              options={optionsOf(HOST_SUPPORT_TYPE_LABELS, HOST_SUPPORT_TYPES)}
              value={draft.type}
              errors={errors}
            />
          </div>
          <Field label="内容" name="summary" value={draft.summary} errors={errors} multiline required />
          <Checkbox label="あとで対応が必要" name="followUpNeeded" checked={draft.followUpNeeded} />
          <Checkbox
            label="受け入れ先にも見せる"
            name="sharedWithHost"
            checked={draft.sharedWithHost}
            hint="チェックしなければ、職員だけが読めます。参加者のことが書いてある記録は、見せないでください。"
          />
          <p class="actions">
            <button type="submit">記録する</button>
          </p>
        </form>
      </section>
      <section aria-labelledby="records">
        <h2 id="records">これまでの記録（新しい順）</h2>
        {records.length === 0 ? (
          <EmptyState title="まだ記録はありません">
            <p>相談を受けたり研修をしたりしたら、上のフォームで記録してください。</p>
          </EmptyState>
        ) : (
          <ul class="list">
            {records.map((record) => (
              <RecordRow viewer={viewer} record={record} />
            ))}
          </ul>
        )}
        {nextHref ? (
          <p>
            <a href={nextHref}>さらに前の記録を表示</a>
          </p>
        ) : null}
      </section>
    </Layout>
  );
}

function RecordRow({ viewer, record }: { viewer: Viewer; record: HostSupportView }) {
  return (
    <li class="item support-record">
      <span class="item-title">
        {record.date} {HOST_SUPPORT_TYPE_LABELS[record.type]}
      </span>
      <p class="desc">{record.summary}</p>
      <span class="meta">
        {record.sharedWithHost ? <span class="badge shared">受け入れ先にも見せています</span> : <span class="badge">職員だけ</span>}
        {record.followUpNeeded ? <span class="badge needs-reply">要対応</span> : null}
        {record.participantId ? <span class="badge">特定の参加者についての記録</span> : null}
      </span>
      <form method="post" action={`/host-support/${record.hostId}/records/${record.id}/sharing`}>
        <CsrfField viewer={viewer} />
        <input type="hidden" name="sharedWithHost" value={record.sharedWithHost ? 'false' : 'true'} />
        <button type="submit" class="button secondary">
          {record.sharedWithHost ? '職員だけに戻す' : '受け入れ先にも見せる'}
        </button>
      </form>
    </li>
  );
}
