import { Layout } from '../components/layout';
import { Notice } from '../components/notice';

/** The way in for someone holding a token; it is typed once and a session takes over. */
export function SignInPage({ csrf, failed }: { csrf: string; failed?: boolean }) {
  return (
    <Layout title="サインイン">
      {failed ? <Notice kind="error">サインインできませんでした。入力した内容を確かめて、もう一度お試しください。</Notice> : null}
      <p>担当者から受け取ったトークンを入力してください。サインイン用リンクを受け取った方は、そのリンクを開くだけでサインインできます。</p>
      <form method="post" action="/sign-in" class="stack">
        <input type="hidden" name="_csrf" value={csrf} />
        <div class="field">
          <label for="token">トークン</label>
          <input id="token" name="token" type="password" autocomplete="current-password" required />
        </div>
        <button type="submit">サインイン</button>
      </form>
    </Layout>
  );
}

export function LinkUnusablePage() {
  return (
    <Layout title="このリンクは使えません">
      <p>このサインイン用リンクは、すでに使われたか、有効期限（7日間）が切れています。</p>
      <p>お手数ですが、リンクを送った担当者に新しいリンクを頼んでください。</p>
      <p>
        <a href="/">サインインのページへ</a>
      </p>
    </Layout>
  );
}
