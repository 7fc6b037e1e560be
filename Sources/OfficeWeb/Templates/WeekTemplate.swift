/// The week (home page): state, plan and publish buttons, a change in two clicks, the filter, the grid, the uncovered requests.
enum WeekTemplate {
  static let source = #"""
  <h1>{{l.weekOf}} {{weekLabel}} <span class="state {{stateClass}}" id="week-state">{{stateLabel}}</span></h1>
  <div class="bar no-print">
  <a class="button secondary" href="/week?week={{previousWeek}}">{{l.previousWeek}}</a>
  <a class="button secondary" href="/week?week={{nextWeek}}">{{l.nextWeek}}</a>
  {{#running}}
  <div id="plan-progress" data-status="/week/plan/status?week={{week}}" data-next="/week?week={{week}}&amp;msg=planDone">
  {{l.planning}} <progress max="{{limit}}" value="0"></progress> <span class="elapsed"></span>
  </div>
  {{/running}}
  {{^running}}
  {{^recorded}}
  <form method="post" action="/week/plan"><input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="week" value="{{week}}">
  <button type="submit" id="plan-button">{{l.plan}}</button> <span class="muted">{{l.timeLimit}} {{limit}} {{l.seconds}}</span></form>
  {{#hasPlan}}<form method="post" action="/week/plan"><input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="week" value="{{week}}"><input type="hidden" name="keep" value="1">
  <button type="submit" id="replan-button" class="secondary">{{l.replan}}</button></form>{{/hasPlan}}
  {{#canPublish}}<form method="post" action="/week/publish"><input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="week" value="{{week}}">
  <button type="submit" id="publish-button">{{l.publish}}</button></form>{{/canPublish}}
  {{/recorded}}
  {{#canRecord}}<a class="button" id="record-link" href="/week/record?week={{week}}">{{l.record}}</a>{{/canRecord}}
  {{/running}}
  {{#hasPlan}}
  <a class="button secondary" href="/print/week?week={{week}}">{{l.officeWeek}}</a>
  <a class="button secondary" href="/print/worker?week={{week}}" id="route-sheets">{{l.routeSheets}}</a>
  <a class="button secondary" href="/print/user?week={{week}}">{{l.userSheets}}</a>
  <a class="button secondary" href="/download/plan.csv?week={{week}}">{{l.downloadCSV}}</a>
  <a class="button secondary" href="/download/plan.ics?week={{week}}">{{l.downloadICS}}</a>
  {{#hasChanges}}<a class="button secondary" id="changes-link" href="/week/changes?week={{week}}">{{l.changes}}</a>{{/hasChanges}}
  {{/hasPlan}}
  </div>
  {{#jobFailed}}<p class="flash bad">{{l.planFailed}} : {{jobFailed}}</p>{{/jobFailed}}
  {{#summary}}<p id="summary">{{l.coverage}} : <strong>{{coverage}}</strong> — {{covered}} {{l.covered}} {{requested}} — {{status}}</p>{{/summary}}

  <details class="panel no-print" id="quick-change"><summary>{{l.quickChange}}</summary>
  <div class="bar">
  <form method="post" action="/week/absence" id="absence-form"><input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="week" value="{{week}}">
  <select name="worker" aria-label="{{l.worker}}">{{#workerOptions}}<option value="{{id}}">{{name}}</option>{{/workerOptions}}</select>
  <select name="date" aria-label="{{l.date}}">{{#days}}<option value="{{iso}}">{{label}}</option>{{/days}}</select>
  <button type="submit">{{l.addAbsence}}</button></form>
  </div>
  <div class="bar">
  <form method="post" action="/week/skip" id="skip-form"><input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="week" value="{{week}}">
  <select name="request" aria-label="{{l.request}}">{{#recurringOptions}}<option value="{{id}}">{{name}}</option>{{/recurringOptions}}</select>
  <select name="date" aria-label="{{l.date}}">{{#days}}<option value="{{iso}}">{{label}}</option>{{/days}}</select>
  <button type="submit">{{l.addSkip}}</button></form>
  </div>
  <div class="bar"><a class="button secondary" href="/requests/new?week={{week}}">{{l.oneOff}}</a></div>
  </details>

  <form method="get" action="/week" class="bar no-print" id="filter">
  <input type="hidden" name="week" value="{{week}}">
  <input type="search" name="q" value="{{filter.text}}" placeholder="{{l.search}}" aria-label="{{l.search}}">
  <select name="worker" aria-label="{{l.worker}}"><option value="">{{l.worker}} : {{l.all}}</option>{{#workerOptions}}<option value="{{id}}" {{#selected}}selected{{/selected}}>{{name}}</option>{{/workerOptions}}</select>
  <select name="user" aria-label="{{l.user}}"><option value="">{{l.user}} : {{l.all}}</option>{{#userOptions}}<option value="{{id}}" {{#selected}}selected{{/selected}}>{{name}}</option>{{/userOptions}}</select>
  <select name="day" aria-label="{{l.day}}"><option value="">{{l.day}} : {{l.all}}</option>{{#dayOptions}}<option value="{{id}}" {{#selected}}selected{{/selected}}>{{name}}</option>{{/dayOptions}}</select>
  <select name="activity" aria-label="{{l.activity}}"><option value="">{{l.activity}} : {{l.all}}</option>{{#activityOptions}}<option value="{{id}}" {{#selected}}selected{{/selected}}>{{name}}</option>{{/activityOptions}}</select>
  <button type="submit">{{l.filter}}</button> <a class="button secondary" href="/week?week={{week}}">{{l.clear}}</a>
  </form>

  {{#gridHTML}}{{{gridHTML}}}{{/gridHTML}}
  {{^gridHTML}}<p class="panel" id="not-planned">{{l.notPlanned}}</p>{{/gridHTML}}
  """#

  /// The grid and the uncovered requests: rendered once per week version, filter and language, then reused (no per-session value in it).
  static let grid = #"""
  <p class="muted">{{shown}} {{l.assignments}}</p>
  <table class="grid" id="grid">
  <thead><tr><th>{{l.worker}}</th>{{#days}}<th>{{label}}</th>{{/days}}</tr></thead>
  <tbody>
  {{#rows}}<tr data-worker="{{workerID}}"><td class="who"><a href="/print/worker?week={{week}}&amp;worker={{workerID}}" title="{{l.routeSheet}}">{{workerName}}</a><br><small class="muted">{{hours}}</small></td>
  {{#cells}}<td>{{#items}}<a class="job{{#pinned}} pinned{{/pinned}}" href="{{href}}">{{time}} {{userName}}<br><small>{{activity}}{{#pinned}} · {{l.pinned}}{{/pinned}}</small></a>{{/items}}</td>{{/cells}}</tr>
  {{/rows}}
  </tbody></table>
  <h2>{{l.uncovered}}</h2>
  {{^uncovered}}<p id="no-uncovered">{{l.noUncovered}}</p>{{/uncovered}}
  <ul class="plain" id="uncovered">
  {{#uncovered}}<li><a href="{{href}}">{{userName}} — {{activity}}</a> <small class="muted">{{when}} · {{seats}} {{l.seatsOpen}}</small><br><span class="reason">{{reasons}}</span> <a href="{{href}}">{{l.why}}</a></li>{{/uncovered}}
  </ul>
  """#
}
