import { Layout } from '../components/layout';

type Props = { title: string; detail: string; requestId: string };

/** Every error the console shows: what happened in Japanese, and the id to quote when asking for help. */
export function ErrorPage({ title, detail, requestId }: Props) {
  return (
    <Layout title={title}>
      <p>{detail}</p>
      <p>
        問い合わせるときは、この番号を伝えてください: <code class="request-id">{requestId}</code>
      </p>
      <p>
        <a href="/">はじめのページへ戻る</a>
      </p>
    </Layout>
  );
}
