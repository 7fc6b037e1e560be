/// The stylesheet and script the pages use, served by the app itself (`/assets/…`)
/// and compiled into the binary, so that an installed `match-cli` needs no files beside it.
enum Assets {
  /// Screen layout, then `@media print` for A4 sheets.
  static let css = #"""
  :root { --ink:#1d2733; --muted:#5b6775; --line:#d5dbe2; --accent:#1f5fa8; --warn:#a33b20; --ok:#2f7d32; --bg:#f6f7f9; }
  * { box-sizing: border-box; }
  body { margin:0; font:15px/1.4 system-ui, "Segoe UI", Roboto, sans-serif; color:var(--ink); background:var(--bg); }
  header.top { display:flex; flex-wrap:wrap; align-items:center; gap:1rem; padding:.5rem 1rem; background:var(--accent); color:#fff; }
  header.top a, header.top button { color:#fff; text-decoration:none; background:none; border:0; font:inherit; cursor:pointer; }
  header.top nav { display:flex; flex-wrap:wrap; gap:1rem; align-items:center; }
  header.top form { display:inline; margin:0; }
  .brand { font-weight:700; }
  main { padding:1rem; max-width:1400px; margin:0 auto; }
  h1 { font-size:1.4rem; margin:.2rem 0 .8rem; } h2 { font-size:1.15rem; margin:1.2rem 0 .5rem; }
  .flash { background:#e7f3e8; border:1px solid #b9dbbb; padding:.5rem .8rem; border-radius:4px; }
  .flash.bad, .refused { background:#fbeae5; border:1px solid #eab8aa; padding:.5rem .8rem; border-radius:4px; }
  .bar { display:flex; flex-wrap:wrap; gap:.6rem; align-items:center; margin:.5rem 0; }
  .bar form { display:flex; flex-wrap:wrap; gap:.4rem; align-items:center; margin:0; }
  .panel { background:#fff; border:1px solid var(--line); border-radius:6px; padding:.8rem 1rem; margin:.8rem 0; }
  button, .button { background:var(--accent); color:#fff; border:0; border-radius:4px; padding:.4rem .8rem; font:inherit; cursor:pointer; text-decoration:none; display:inline-block; }
  button.secondary, .button.secondary { background:#e4e9ef; color:var(--ink); }
  button.danger { background:var(--warn); }
  input, select, textarea { font:inherit; padding:.3rem .4rem; border:1px solid var(--line); border-radius:4px; background:#fff; }
  textarea { width:100%; min-height:10rem; font-family:ui-monospace, monospace; font-size:13px; }
  table { border-collapse:collapse; width:100%; background:#fff; }
  th, td { border:1px solid var(--line); padding:.3rem .4rem; vertical-align:top; text-align:left; }
  th { background:#eef1f5; position:sticky; top:0; }
  table.grid td { min-width:7rem; }
  table.grid td.who { white-space:nowrap; font-weight:600; }
  .job { display:block; margin:.1rem 0; padding:.15rem .3rem; border-radius:3px; background:#e8f0fa; color:var(--ink); text-decoration:none; font-size:13px; }
  .job.pinned { background:#fff2c6; border-left:3px solid #c99a00; }
  .job small, .muted { color:var(--muted); }
  ul.plain { list-style:none; padding:0; margin:0; } ul.plain li { padding:.25rem 0; border-bottom:1px solid var(--line); }
  .reason { color:var(--warn); }
  pre { white-space:pre-wrap; overflow-wrap:anywhere; font-size:13px; }
  .field { display:grid; grid-template-columns: 14rem 1fr; gap:.3rem 1rem; align-items:start; margin:.35rem 0; }
  .field .problem { grid-column:2; color:var(--warn); font-size:13px; }
  .field.bad input, .field.bad select, .field.bad textarea { border-color:var(--warn); }
  .checks { display:flex; flex-wrap:wrap; gap:.2rem 1rem; }
  progress { width:20rem; height:1rem; }
  .near { color:var(--warn); font-weight:600; }
  .state { display:inline-block; padding:.1rem .5rem; border-radius:10px; background:#e4e9ef; font-size:13px; }
  .state.draft { background:#fff2c6; } .state.published { background:#dff0e0; } .state.recorded { background:#d9e6f7; }
  .sheet { background:#fff; border:1px solid var(--line); padding:1rem; margin:1rem 0; }
  .print-only { display:none; }
  @media print {
    @page { size: A4; margin: 12mm; }
    body { background:#fff; font-size:11pt; }
    .no-print, header.top, form, button, .button { display:none !important; }
    .print-only { display:block; }
    main { padding:0; max-width:none; }
    .sheet { border:0; padding:0; margin:0; break-after:page; }
    .sheet:last-child { break-after:auto; }
    table { font-size:10pt; } th { position:static; }
    tr, li { break-inside:avoid; }
    a { color:inherit; text-decoration:none; }
  }
  """#

  /// Progress while a plan runs, file reading for CSV imports, the print button. No inline script anywhere (the CSP forbids it).
  static let js = #"""
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    var box = document.getElementById("plan-progress");
    if (box) {
      var bar = box.querySelector("progress"), text = box.querySelector(".elapsed");
      var poll = function () {
        fetch(box.dataset.status, { credentials: "same-origin", cache: "no-store" })
          .then(function (r) { return r.json(); })
          .then(function (s) {
            if (s.state === "running") {
              bar.max = s.limit; bar.value = Math.min(s.elapsed, s.limit);
              text.textContent = s.elapsed.toFixed(1) + " / " + s.limit.toFixed(0) + " s";
              setTimeout(poll, 500);
            } else {
              window.location.assign(box.dataset.next);
            }
          })
          .catch(function () { setTimeout(poll, 1000); });
      };
      poll();
    }
    var file = document.getElementById("csv-file"), area = document.getElementById("csv-text");
    if (file && area) {
      file.addEventListener("change", function () {
        if (file.files.length === 0) { return; }
        var reader = new FileReader();
        reader.onload = function () { area.value = reader.result; };
        reader.readAsText(file.files[0], "utf-8");
      });
    }
    document.querySelectorAll("[data-print]").forEach(function (b) {
      b.addEventListener("click", function () { window.print(); });
    });
    document.querySelectorAll("[data-autosubmit]").forEach(function (s) {
      s.addEventListener("change", function () { s.form.submit(); });
    });
  });
  """#
}
