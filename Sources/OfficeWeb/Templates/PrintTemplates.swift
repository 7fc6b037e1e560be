/// Sheets to print on A4: a worker's route sheet, a user's sheet, the week for the office.
enum PrintTemplates {
  /// One sheet per person: its week, line by line, with whom, where, how to call.
  static let sheets = #"""
  <div class="bar no-print"><a class="button secondary" href="/week?week={{week}}">← {{l.back}}</a> <button type="button" data-print="1" id="print-button">{{l.printNow}}</button>
  {{#icsHref}}<a class="button secondary" href="{{icsHref}}">{{l.downloadICS}}</a>{{/icsHref}}</div>
  {{#sheets}}
  <section class="sheet">
  <h1>{{heading}} — {{name}}</h1>
  <p>{{l.weekOf}} {{weekLabel}}{{#phone}} · ☎ {{phone}}{{/phone}}{{#address}} · {{address}}{{/address}}</p>
  <table><thead><tr><th>{{l.date}}</th><th>{{l.from}}</th><th>{{l.to}}</th><th>{{who}}</th><th>{{l.address}}</th><th>{{l.phone}}</th><th>{{l.activity}}</th></tr></thead><tbody>
  {{#lines}}<tr><td>{{day}}</td><td>{{start}}</td><td>{{end}}</td><td>{{name}}</td><td>{{address}}</td><td>{{phone}}</td><td>{{activity}}</td></tr>{{/lines}}
  {{^lines}}<tr><td colspan="7">{{l.none}}</td></tr>{{/lines}}
  </tbody></table>
  </section>
  {{/sheets}}
  """#
}
