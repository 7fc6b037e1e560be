/// The pages around one plan: an assignment's actions, an uncovered request's why, what a re-plan changed.
enum PlanTemplates {
  /// Pin, unpin or move one assignment.
  static let assignment = #"""
  <p class="no-print"><a href="/week?week={{week}}">← {{l.back}}</a></p>
  <h1>{{workerName}} → {{userName}}</h1>
  <p>{{activity}} · {{when}} · {{hours}} {{#pinned}}· <strong>{{l.pinned}}</strong>{{/pinned}}</p>
  <div class="bar">
  {{^pinned}}<form method="post" action="/week/pin" id="pin-form"><input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="week" value="{{week}}"><input type="hidden" name="request" value="{{request}}"><input type="hidden" name="worker" value="{{worker}}"><input type="hidden" name="date" value="{{date}}"><input type="hidden" name="start" value="{{start}}">
  <button type="submit" id="pin-button">{{l.pin}}</button></form>{{/pinned}}
  {{#pinned}}<form method="post" action="/week/unpin" id="unpin-form"><input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="week" value="{{week}}"><input type="hidden" name="request" value="{{request}}"><input type="hidden" name="worker" value="{{worker}}">
  <button type="submit" class="secondary" id="unpin-button">{{l.unpin}}</button></form>{{/pinned}}
  </div>
  <h2>{{l.move}}</h2>
  <form method="post" action="/week/move" class="bar" id="move-form"><input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="week" value="{{week}}"><input type="hidden" name="request" value="{{request}}"><input type="hidden" name="worker" value="{{worker}}"><input type="hidden" name="date" value="{{date}}"><input type="hidden" name="start" value="{{start}}">
  <select name="to" aria-label="{{l.moveTo}}">{{#others}}<option value="{{id}}">{{name}}</option>{{/others}}</select>
  <button type="submit">{{l.moveTo}}</button></form>
  """#

  /// Why a request stayed open and who could take it.
  static let request = #"""
  <p class="no-print"><a href="/week?week={{week}}">← {{l.back}}</a></p>
  <h1>{{userName}} — {{activity}}</h1>
  <p class="muted">{{request}} · {{when}}</p>
  <h2>{{l.why}}</h2>
  <pre class="panel" id="explanation">{{explanation}}</pre>
  <h2>{{l.whoCould}}</h2>
  {{^could}}<p class="muted">{{l.none}}</p>{{/could}}
  <ul class="plain" id="could">{{#could}}<li>{{name}} <small class="muted">{{why}}</small></li>{{/could}}</ul>
  """#

  /// What a re-plan changed, and whom to call.
  static let changes = #"""
  <p class="no-print"><a href="/week?week={{week}}">← {{l.back}}</a></p>
  <h1>{{l.changes}}</h1>
  <pre class="panel" id="changes">{{text}}</pre>
  <h2>{{l.whomToCall}}</h2>
  {{^call}}<p>{{l.noChanges}}</p>{{/call}}
  <ul class="plain" id="call">{{#call}}<li><strong>{{name}}</strong> {{#phone}}· ☎ {{phone}}{{/phone}}</li>{{/call}}</ul>
  """#

  /// The end of the week: every assignment done by default, exceptions changed.
  static let record = #"""
  <p class="no-print"><a href="/week?week={{week}}">← {{l.back}}</a></p>
  <h1>{{l.record}} — {{weekLabel}}</h1>
  <p class="muted">{{l.recordHelp}}</p>
  <form method="post" action="/week/record" id="record-form"><input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="week" value="{{week}}">
  <table><thead><tr><th>{{l.worker}}</th><th>{{l.user}}</th><th>{{l.date}}</th><th>{{l.status}}</th><th>{{l.hoursDone}}</th></tr></thead><tbody>
  {{#rows}}<tr><td>{{workerName}}</td><td>{{userName}}</td><td>{{when}}</td>
  <td><select name="state.{{key}}" aria-label="{{l.status}}"><option value="done">{{l.done}}</option><option value="no_show">{{l.noShow}}</option><option value="cancelled">{{l.cancelled}}</option></select></td>
  <td><input type="number" name="hours.{{key}}" value="{{hours}}" min="0" max="24" step="0.25" aria-label="{{l.hoursDone}}"></td></tr>{{/rows}}
  </tbody></table>
  <p><button type="submit" id="record-button">{{l.record}}</button></p>
  </form>
  """#

  /// Hours against every cap, near-cap first.
  static let hours = #"""
  <h1>{{l.hours}} — {{month}}</h1>
  <form method="get" action="/hours" class="bar no-print"><input type="month" name="month" value="{{month}}" aria-label="{{l.month}}"><input type="search" name="q" value="{{q}}" placeholder="{{l.search}}" aria-label="{{l.search}}"><button type="submit">{{l.filter}}</button></form>
  <table id="hours"><thead><tr><th>{{l.worker}}</th><th>{{l.cap}}</th><th>{{l.used}}</th><th>{{l.limit}}</th><th>{{l.left}}</th></tr></thead><tbody>
  {{#rows}}<tr{{#near}} class="near"{{/near}}><td>{{workerName}}</td><td>{{cap}}</td><td>{{used}}</td><td>{{limit}}</td><td>{{left}}{{#near}} · {{l.nearCap}}{{/near}}</td></tr>{{/rows}}
  </tbody></table>
  """#

  /// Log in (pages need it when accounts exist).
  static let login = #"""
  <h1>{{l.login}}</h1>
  <form method="post" action="/login" class="panel" id="login-form"><input type="hidden" name="_csrf" value="{{csrf}}">
  <div class="field"><label for="name">{{l.name}}</label><input id="name" name="name" autocomplete="username" required></div>
  <div class="field"><label for="password">{{l.password}}</label><input id="password" type="password" name="password" autocomplete="current-password" required></div>
  <button type="submit">{{l.login}}</button></form>
  """#
}
