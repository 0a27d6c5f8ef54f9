/**
 * The HTML report's inline style and script. On a narrow screen the tables become one card per
 * row, each cell labelled, so the report reads on a phone.
 */
export const HTML_STYLE = `
:root { color-scheme: light dark; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --bg: #fff; --err: #b42318; --warn: #9a6700; --ok: #1a7f37; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --muted: #9198a1; --line: #3d444d; --bg: #0d1117; --err: #ff7b72; --warn: #d29922; --ok: #3fb950; } }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 72rem; padding: 1rem; font: 15px/1.5 system-ui, sans-serif; color: var(--fg); background: var(--bg); }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; overflow-wrap: anywhere; }
h3 { font-size: 1rem; }
a { color: inherit; }
.filters { display: flex; flex-wrap: wrap; gap: .5rem 1rem; margin: .75rem 0; }
.filters select { font: inherit; padding: .2rem; }
table { width: 100%; border-collapse: collapse; }
th, td { text-align: left; vertical-align: top; padding: .4rem .5rem; border-bottom: 1px solid var(--line); }
th { font-weight: 600; color: var(--muted); }
td ul { margin: 0; padding-left: 1rem; }
td p { margin: .2rem 0; }
.title, .cite, .summary, .none { color: var(--muted); }
.suggestion { font-style: italic; }
.status, .sev { font-weight: 600; white-space: nowrap; }
.present { color: var(--ok); }
.missing, .error { color: var(--err); }
.warning { color: var(--warn); }
.not-applicable { color: var(--muted); }
tr[hidden] { display: none; }
@media (max-width: 40rem) {
  thead { display: none; }
  table, tbody, tr, td { display: block; width: 100%; }
  tr { border: 1px solid var(--line); border-radius: 6px; margin: .5rem 0; padding: .25rem .5rem; }
  tr[hidden] { display: none; }
  td { border: 0; padding: .15rem 0; }
  td::before { content: attr(data-label); display: block; font-size: .8rem; color: var(--muted); }
}
`;

/** Shows the rows that every chosen filter allows: a filter ignores rows it does not describe. */
export const HTML_SCRIPT = `
(function () {
  var pack = document.getElementById('filter-pack');
  var severity = document.getElementById('filter-severity');
  var status = document.getElementById('filter-status');
  function allows(row, attr, value) {
    return !value || !row.hasAttribute(attr) || row.getAttribute(attr) === value;
  }
  function apply() {
    var rows = document.querySelectorAll('tr.req, tr.finding');
    for (var i = 0; i < rows.length; i++) {
      var row = rows[i];
      var shown = allows(row, 'data-pack', pack.value) && allows(row, 'data-severity', severity.value) && allows(row, 'data-status', status.value);
      row.hidden = !shown;
    }
  }
  [pack, severity, status].forEach(function (s) { s.addEventListener('change', apply); });
  apply();
})();
`;
