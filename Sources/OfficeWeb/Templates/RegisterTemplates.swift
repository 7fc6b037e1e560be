/// The register: a searchable list per kind of record, one form per record, the CSV import.
enum RegisterTemplates {
  /// Workers, users or requests, searchable, archived ones on demand.
  static let list = #"""
  <h1>{{title}}</h1>
  <form method="get" action="{{base}}" class="bar no-print" id="list-search">
  <input type="search" name="q" value="{{q}}" placeholder="{{l.search}}" aria-label="{{l.search}}">
  <label><input type="checkbox" name="archived" value="1" {{#showArchived}}checked{{/showArchived}}> {{l.showArchived}}</label>
  <button type="submit">{{l.search}}</button>
  <a class="button" href="{{base}}/new" id="new-link">{{l.new}}</a>
  </form>
  <p class="muted">{{count}} {{l.results}}</p>
  <table id="register"><thead><tr>{{#headers}}<th>{{.}}</th>{{/headers}}</tr></thead><tbody>
  {{#rows}}<tr{{#archived}} class="muted"{{/archived}}><td><a href="{{href}}">{{id}}</a></td>{{#cells}}<td>{{.}}</td>{{/cells}}</tr>{{/rows}}
  </tbody></table>
  """#

  /// One record's form; each problem is written beside its field.
  static let form = #"""
  <p class="no-print"><a href="{{back}}">← {{l.back}}</a></p>
  <h1>{{title}}</h1>
  <form method="post" action="{{action}}" class="panel" id="record-edit"><input type="hidden" name="_csrf" value="{{csrf}}">
  {{#hidden}}<input type="hidden" name="{{name}}" value="{{value}}">{{/hidden}}
  {{#leftover}}<p class="refused">{{.}}</p>{{/leftover}}
  {{#fields}}
  <div class="field{{#problem}} bad{{/problem}}">
  <label for="f-{{name}}">{{label}}</label>
  {{#isText}}<input id="f-{{name}}" name="{{name}}" value="{{value}}" type="{{type}}" {{#step}}step="{{step}}"{{/step}}>{{/isText}}
  {{#isArea}}<textarea id="f-{{name}}" name="{{name}}">{{value}}</textarea>{{/isArea}}
  {{#isSelect}}<select id="f-{{name}}" name="{{name}}">{{#options}}<option value="{{id}}" {{#selected}}selected{{/selected}}>{{name}}</option>{{/options}}</select>{{/isSelect}}
  {{#isChecks}}<span class="checks" id="f-{{name}}">{{#options}}<label><input type="checkbox" name="{{field}}" value="{{id}}" {{#selected}}checked{{/selected}}> {{name}}</label>{{/options}}</span>{{/isChecks}}
  {{#problem}}<span class="problem">{{problem}}</span>{{/problem}}
  </div>
  {{/fields}}
  <button type="submit" id="save-button">{{l.save}}</button>
  </form>
  {{#archiveAction}}<form method="post" action="{{archiveAction}}" class="no-print"><input type="hidden" name="_csrf" value="{{csrf}}"><button type="submit" class="danger" id="archive-button">{{archiveLabel}}</button></form>{{/archiveAction}}
  """#

  /// CSV import: paste or choose a file, check, nothing written until every line is clean.
  static let csvImport = #"""
  <h1>{{l.import}}</h1>
  <form method="post" action="/import" class="panel" id="import-form"><input type="hidden" name="_csrf" value="{{csrf}}">
  <div class="field"><label for="kind">{{l.csvKind}}</label><select id="kind" name="kind">{{#kinds}}<option value="{{id}}" {{#selected}}selected{{/selected}}>{{name}}</option>{{/kinds}}</select></div>
  <div class="field"><label for="csv-file">{{l.csvText}}</label><input type="file" id="csv-file" accept=".csv,text/csv"></div>
  <textarea id="csv-text" name="csv" aria-label="CSV">{{csv}}</textarea>
  <p><button type="submit" id="import-button">{{l.csvCheck}}</button> {{#kinds}}<a href="/import/template?kind={{id}}">{{l.template}} {{name}}</a> {{/kinds}}</p>
  </form>
  {{#hasProblems}}<div class="refused" id="import-problems"><p><strong>{{l.csvNothing}}</strong></p><ul>{{#problems}}<li>{{.}}</li>{{/problems}}</ul></div>{{/hasProblems}}
  """#
}
