import type { Harness } from './harness';

export type PageResponse = { status: number; text: string; location: string | null; setCookie: string };
export type FormFields = Record<string, string | string[]>;
/** A file as a file input sends it. */
export type UploadedFile = { name: string; bytes: Uint8Array; type?: string };

/** Set-Cookie lines, split where a new `name=` starts (a comma inside Expires is not a split). */
function setCookieLines(headers: Headers): string[] {
  const joined = headers.get('set-cookie');
  return joined ? joined.split(/,(?=\s*[A-Za-z0-9_-]+=)/).map((line) => line.trim()) : [];
}

/** The hidden CSRF field of the last form on a page. */
export function csrfOf(html: string): string {
  const all = [...html.matchAll(/name="_csrf" value="([^"]+)"/g)];
  const last = all.at(-1)?.[1];
  if (!last) throw new Error('no CSRF field on this page');
  return last;
}

/**
 * A browser without a browser: keeps the console's cookies between requests and posts forms the
 * way a browser does (urlencoded), through `app.request` like every other behaviour test.
 */
export function consoleBrowser(h: Harness, origin = 'http://localhost') {
  const jar = new Map<string, string>();
  let lastPage = '';

  async function request(method: string, path: string, form?: FormFields, files?: Record<string, UploadedFile>): Promise<PageResponse> {
    const headers: Record<string, string> = {};
    if (jar.size > 0) headers['cookie'] = [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
    let body: URLSearchParams | FormData | undefined;
    if (files) {
      // multipart/form-data, as a form with a file input sends it (fetch writes the boundary).
      const data = new FormData();
      for (const [name, value] of Object.entries(form ?? {}))
        for (const one of Array.isArray(value) ? value : [value]) data.append(name, one);
      for (const [name, file] of Object.entries(files))
        data.append(name, new Blob([file.bytes], { type: file.type ?? 'text/csv' }), file.name);
      body = data;
    } else if (form) {
      body = new URLSearchParams();
      for (const [name, value] of Object.entries(form)) for (const one of Array.isArray(value) ? value : [value]) body.append(name, one);
      headers['content-type'] = 'application/x-www-form-urlencoded';
    }
    const res = await h.app.request(`${origin}${path}`, { method, headers, ...(body ? { body } : {}) });
    const lines = setCookieLines(res.headers);
    for (const line of lines) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at);
      const value = pair.slice(at + 1);
      if (value === '' || /max-age=0/i.test(line)) jar.delete(name);
      else jar.set(name, value);
    }
    const text = await res.text();
    if (method === 'GET') lastPage = text;
    return { status: res.status, text, location: res.headers.get('location'), setCookie: lines.join('\n') };
  }

  /** Follows a 303 the way a browser does after a form post. */
  async function follow(response: PageResponse): Promise<PageResponse> {
    return response.status === 303 && response.location ? request('GET', response.location) : response;
  }

  return {
    jar,
    get: (path: string) => request('GET', path),
    /** Posts as a form on the last page would: with that page's CSRF token unless told otherwise. */
    post: (path: string, form: FormFields = {}) => request('POST', path, { _csrf: csrfOf(lastPage), ...form }),
    postRaw: (path: string, form: FormFields) => request('POST', path, form),
    /** Posts a multipart form with files, as a form with `enctype="multipart/form-data"` on the last page would. */
    upload: (path: string, files: Record<string, UploadedFile>, form: FormFields = { _csrf: csrfOf(lastPage) }) =>
      request('POST', path, form, files),
    follow,
    /** Types a token into the sign-in page, as a person would. */
    async signIn(token: string) {
      await request('GET', '/');
      return follow(await request('POST', '/sign-in', { _csrf: csrfOf(lastPage), token }));
    },
  };
}

export type ConsoleBrowser = ReturnType<typeof consoleBrowser>;
