/**
 * The console's one stylesheet, served by the app itself at /console.css: no third-party origin,
 * no build step. Mobile first (375 px), wraps long Japanese names, and a focus ring that shows.
 */
export const CONSOLE_CSS = `
:root { --ink: #1d2428; --muted: #4f5b62; --line: #c9d1d6; --bg: #f6f7f5; --card: #fff; --accent: #0b5f55; --accent-ink: #fff;
  --ok: #e3f3e8; --ok-line: #2f7a45; --error: #fdecea; --error-line: #b3261e; --info: #eaf1fb; --info-line: #2c5ea8; --focus: #f2a900; }
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; background: var(--bg); }
body { margin: 0; font-family: system-ui, "Hiragino Sans", "Noto Sans CJK JP", "Noto Sans JP", "Yu Gothic", sans-serif;
  font-size: 1rem; line-height: 1.7; color: var(--ink); background: var(--bg); overflow-wrap: anywhere; word-break: normal; }
a { color: var(--accent); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.skip { position: absolute; left: -999px; top: 0; background: var(--card); padding: .5rem 1rem; }
.skip:focus { left: .5rem; z-index: 10; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
header.site { display: flex; flex-wrap: wrap; gap: .5rem 1.25rem; align-items: center; padding: .75rem 1rem; background: var(--accent); color: var(--accent-ink); }
header.site a { color: var(--accent-ink); }
.brand { font-weight: 700; font-size: 1.2rem; text-decoration: none; }
header.site nav ul { display: flex; flex-wrap: wrap; gap: .25rem 1rem; list-style: none; margin: 0; padding: 0; }
header.site nav a[aria-current="page"] { font-weight: 700; text-decoration-thickness: 3px; }
.who { margin-left: auto; display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; font-size: .9rem; }
button.link { background: none; border: 0; color: inherit; text-decoration: underline; padding: 0; min-height: auto; font: inherit; cursor: pointer; }
main { max-width: 60rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.5rem; line-height: 1.4; margin: .5rem 0 1rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .75rem; border-bottom: 2px solid var(--line); padding-bottom: .25rem; }
h3 { font-size: 1.05rem; margin: 0; }
button, .button { display: inline-block; min-height: 2.75rem; padding: .5rem 1.1rem; border-radius: .4rem; border: 2px solid var(--accent);
  background: var(--accent); color: var(--accent-ink); font: inherit; font-weight: 600; text-decoration: none; cursor: pointer; }
.button.secondary { background: var(--card); color: var(--accent); }
button:disabled { background: #d7dcdf; border-color: #b3bbc0; color: #3d474d; cursor: not-allowed; }
.actions { display: flex; flex-wrap: wrap; gap: .5rem; }
.stack { display: grid; gap: 1rem; max-width: 40rem; }
.filters { display: flex; flex-wrap: wrap; gap: .75rem 1rem; align-items: flex-end; margin-bottom: 1rem; }
.filters .field { flex: 1 1 12rem; }
.grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr)); gap: .75rem 1rem; }
.field { display: grid; gap: .25rem; min-width: 0; }
fieldset.field { border: 1px solid var(--line); border-radius: .4rem; padding: .75rem; margin: 0; }
legend { font-weight: 600; padding: 0 .25rem; }
label { font-weight: 600; }
.req { color: var(--error-line); font-weight: 400; font-size: .9rem; }
input, select, textarea { font: inherit; width: 100%; max-width: 100%; min-height: 2.75rem; padding: .4rem .6rem; border: 1px solid #7d8a91; border-radius: .3rem; background: #fff; color: var(--ink); }
input[type="checkbox"], input[type="radio"] { width: 1.25rem; min-height: 1.25rem; margin: 0; accent-color: var(--accent); }
.choices { display: flex; flex-wrap: wrap; gap: .5rem 1.25rem; }
.choice { display: inline-flex; gap: .4rem; align-items: center; font-weight: 400; min-height: 2.75rem; }
.invalid input, .invalid select, .invalid textarea { border: 2px solid var(--error-line); }
.hint { color: var(--muted); font-size: .9rem; font-weight: 400; }
.error { color: var(--error-line); font-weight: 600; font-size: .95rem; }
.slots { list-style: none; padding: 0; margin: 0; display: grid; gap: .5rem; }
.slot { display: flex; flex-wrap: wrap; gap: .5rem; align-items: flex-end; }
.slot label { display: grid; gap: .15rem; font-weight: 400; font-size: .9rem; flex: 1 1 5.5rem; }
.slot .error { flex-basis: 100%; }
.notice { border-left: 6px solid; padding: .75rem 1rem; margin: 0 0 1rem; border-radius: .3rem; }
.notice p { margin: .25rem 0; }
.notice-ok { background: var(--ok); border-color: var(--ok-line); }
.notice-error { background: var(--error); border-color: var(--error-line); }
.notice-info { background: var(--info); border-color: var(--info-line); }
.empty { border: 2px dashed var(--line); border-radius: .5rem; padding: 1rem; background: var(--card); }
.empty-title { font-weight: 700; margin: 0 0 .25rem; }
.list { list-style: none; padding: 0; margin: 0; display: grid; gap: .75rem; }
.item { background: var(--card); border: 1px solid var(--line); border-radius: .5rem; padding: .75rem 1rem; display: grid; gap: .35rem; min-width: 0; }
.item-title { font-weight: 700; font-size: 1.05rem; }
.meta { color: var(--muted); font-size: .95rem; }
.desc { margin: 0; }
.badge { display: inline-block; border: 1px solid var(--line); border-radius: 1rem; padding: 0 .6rem; font-size: .85rem; background: #eef1f2; color: var(--ink); }
.consent-given { background: var(--ok); border-color: var(--ok-line); }
.consent-withdrawn { background: var(--error); border-color: var(--error-line); }
.stale { background: #fff4d6; border-color: #a06b00; margin-left: .35rem; }
.cards { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); gap: .75rem; }
.card { display: block; background: var(--card); border: 1px solid var(--line); border-radius: .5rem; padding: 1rem; font-weight: 700; }
.facts { display: grid; gap: .25rem; margin: 0; }
.facts .row { display: grid; grid-template-columns: minmax(7rem, 12rem) 1fr; gap: .5rem; border-bottom: 1px solid #e3e7e9; padding: .25rem 0; }
.facts dt { font-weight: 600; color: var(--muted); }
.facts dd { margin: 0; min-width: 0; }
@media (max-width: 30rem) { .facts .row { grid-template-columns: 1fr; gap: 0; } }
.inline { list-style: none; display: inline-flex; flex-wrap: wrap; gap: 0 .75rem; padding: 0; margin: 0; }
.history { margin: .25rem 0; padding-left: 1.25rem; font-size: .95rem; }
.score { display: flex; align-items: center; gap: .5rem; font-size: .95rem; }
.score svg { width: 10rem; max-width: 50%; height: .6rem; border-radius: .3rem; }
.score-track { fill: #e1e6e8; }
.score-fill { fill: var(--accent); }
.reasons, .warnings { margin: 0; padding-left: 1.25rem; }
.warnings li { color: #7a4b00; }
.warnings li::marker { content: "⚠ "; }
.propose { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; }
details { background: var(--card); border: 1px solid var(--line); border-radius: .5rem; padding: .5rem 1rem; margin: 1rem 0; }
summary { cursor: pointer; font-weight: 600; min-height: 2.75rem; display: list-item; padding-top: .5rem; }
code { overflow-wrap: anywhere; }
/* Coordinator (多機関協働): follow-up counts, support records, report charts */
.counts { list-style: none; padding: 0; margin: 0 0 1rem; display: grid; grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr)); gap: .5rem; }
.count { background: var(--card); border: 1px solid var(--line); border-left: 6px solid var(--line); border-radius: .4rem; padding: .5rem .75rem; display: grid; }
.count-value { font-size: 1.5rem; font-weight: 700; }
.count-overdue { border-left-color: var(--error-line); }
.count-due { border-left-color: #a06b00; }
.follow-up-overdue { border-left: 6px solid var(--error-line); }
.badge.overdue { background: var(--error); border-color: var(--error-line); margin-left: .35rem; }
.badge.shared { background: var(--ok); border-color: var(--ok-line); }
.badge.needs-reply { background: #fff4d6; border-color: #a06b00; }
.support-record .meta { display: flex; flex-wrap: wrap; gap: .35rem; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 26rem), 1fr)); gap: 1rem; }
.chart { margin: 0; background: var(--card); border: 1px solid var(--line); border-radius: .5rem; padding: .75rem; min-width: 0; }
.chart figcaption { font-weight: 700; margin-bottom: .25rem; }
.chart svg { width: 100%; height: auto; display: block; }
.chart-bar { fill: var(--accent); }
.chart-label, .chart-value { font-size: 14px; fill: var(--ink); }
.chart-numbers { margin: .5rem 0 0; padding: 0 .75rem; }
.chart-table { border-collapse: collapse; font-size: .9rem; margin-top: .5rem; }
.chart-table th { text-align: left; font-weight: 400; color: var(--muted); padding: 0 1rem 0 0; }
.chart-table td { text-align: right; font-variant-numeric: tabular-nums; }

/* Host (受け入れ先): cards rather than tables, and answers a thumb can hit on a phone. */
.item h2.item-title { margin: 0; padding: 0; border: 0; font-size: 1.1rem; line-height: 1.5; }
.opening p, .person p { margin: 0; }
.opening .meta, .person .meta { display: flex; flex-wrap: wrap; gap: .35rem; align-items: center; }
.opening .stale { margin-left: 0; }
.seats { font-size: 1.05rem; }
.seats strong { font-size: 1.3rem; }
.status-open, .shared { background: var(--ok); border-color: var(--ok-line); }
.status-closed { background: #e4e6e8; border-color: #7d8a91; }
.status-paused, .pending { background: #fff4d6; border-color: #a06b00; }
.answers { display: flex; flex-wrap: wrap; gap: .75rem 1rem; align-items: flex-end; border-top: 1px solid #e3e7e9; padding-top: .75rem; }
.decline { display: flex; flex-wrap: wrap; gap: .5rem; align-items: flex-end; flex: 1 1 18rem; }
.decline .field { flex: 1 1 12rem; }
@media (max-width: 30rem) {
  .opening .actions > *, .answers > *, .decline > * { flex: 1 1 100%; }
  .opening .actions button, .opening .actions .button, .answers button { width: 100%; text-align: center; }
}

/* admin (市): users and the audit log */
.user-disabled { background: #f1f2f2; }
.user-disabled .item-title { color: var(--muted); }
.user-state-on { background: var(--ok); border-color: var(--ok-line); }
.user-state-off, .outcome-denied { background: var(--error); border-color: var(--error-line); }
.outcome-ok, .outcome-denied { margin-left: .35rem; }
.audit .item { gap: .1rem; padding: .5rem .75rem; }
.secret textarea { font-family: ui-monospace, "Noto Sans Mono CJK JP", monospace; word-break: break-all; background: #fffdf4; }

/* import (一覧表から取り込む): the preview and its problems as a plain table whose cells wrap, so a phone never scrolls sideways */
.import-rows { border-collapse: collapse; width: 100%; background: var(--card); margin-bottom: 1rem; }
.import-rows caption { text-align: left; font-weight: 700; padding: .25rem 0; }
.import-rows th, .import-rows td { border-bottom: 1px solid var(--line); padding: .4rem .6rem; text-align: left; vertical-align: top; }
.import-rows .line { font-variant-numeric: tabular-nums; white-space: nowrap; width: 3rem; }
.import-errors td:nth-child(2) { min-width: 5rem; }
.action-created { background: var(--info); border-color: var(--info-line); }
.action-updated { background: #fff4d6; border-color: #a06b00; }
.import-upload { margin-bottom: 1rem; }

/* 資源開拓 (unmet needs): one card per group, the suggestion set apart so it can be read out to a host. */
.unmet-groups { list-style: none; padding: 0; display: grid; gap: 1rem; }
.unmet-group { background: var(--card); border: 1px solid var(--line); border-radius: .5rem; padding: 0 1rem 1rem; min-width: 0; overflow-wrap: anywhere; }
.unmet-group h2 { margin-top: 1rem; }
.suggestion { background: #eef7f5; border-left: 4px solid var(--accent); padding: .75rem 1rem; margin: 1rem 0; }
`;
