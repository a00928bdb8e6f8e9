import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import type { Actor } from '../../context';
import { ROLE_LABELS } from '../labels';
import type { Flash } from '../flash';
import { MENUS } from './menu';
import { Notice } from './notice';

export type Viewer = { actor: Actor; csrf: string };

type Props = { title: string; viewer?: Viewer | null; flash?: Flash | null; current?: string; children?: Child };

/** Every page: one heading, the role's menu, the flash of the last write, and a way out. */
export function Layout({ title, viewer, flash, current, children }: Props) {
  return (
    <>
      {raw('<!DOCTYPE html>')}
      <html lang="ja">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{`${title} | つなぐ`}</title>
          <link rel="stylesheet" href="/console.css" />
        </head>
        <body>
          <a class="skip" href="#main">
            本文へ移動
          </a>
          <header class="site">
            <a class="brand" href="/">
              つなぐ
            </a>
            {viewer ? (
              <nav aria-label="メニュー">
                <ul>
                  {MENUS[viewer.actor.role].map((item) => (
                    <li>
                      <a href={item.href} aria-current={current === item.href ? 'page' : undefined}>
                        {item.label}
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
            ) : null}
            {viewer ? (
              <form method="post" action="/sign-out" class="who">
                <input type="hidden" name="_csrf" value={viewer.csrf} />
                <span>
                  {viewer.actor.name}（{ROLE_LABELS[viewer.actor.role]}）
                </span>
                <button type="submit" class="link">
                  サインアウト
                </button>
              </form>
            ) : null}
          </header>
          <main id="main">
            <h1>{title}</h1>
            {flash ? <Notice kind={flash.kind}>{flash.message}</Notice> : null}
            {children}
          </main>
        </body>
      </html>
    </>
  );
}

export function CsrfField({ viewer }: { viewer: Viewer }) {
  return <input type="hidden" name="_csrf" value={viewer.csrf} />;
}
