import { EmptyState } from '../components/notice';
import { Layout, type Viewer } from '../components/layout';
import { MENUS } from '../components/menu';
import type { Flash } from '../flash';
import { ROLE_LABELS } from '../labels';

/** After signing in: the role's menu, once more as large links. */
export function HomePage({ viewer, flash }: { viewer: Viewer; flash: Flash | null }) {
  const menu = MENUS[viewer.actor.role];
  return (
    <Layout title={`${viewer.actor.name}さん、こんにちは`} viewer={viewer} flash={flash}>
      <p>{ROLE_LABELS[viewer.actor.role]}としてサインインしています。</p>
      {menu.length > 0 ? (
        <ul class="cards">
          {menu.map((item) => (
            <li>
              <a class="card" href={item.href}>
                {item.label}
              </a>
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState title="この役割のページは準備中です">
          <p>当面は担当の参加支援員または市の担当にご連絡ください。</p>
        </EmptyState>
      )}
    </Layout>
  );
}
