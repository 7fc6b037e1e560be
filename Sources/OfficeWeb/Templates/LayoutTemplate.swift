/// The frame of every page: header, navigation, flash message, then the page's own body.
///
/// `{{{body}}}` is the only unescaped value of the app: it is the output of
/// another template, whose values were escaped when it was rendered.
enum LayoutTemplate {
  static let source = #"""
  <!doctype html>
  <html lang="{{lang}}">
  <head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{{title}} — {{l.app}}</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="/assets/app.css">
  <script src="/assets/app.js" defer></script>
  </head>
  <body>
  <header class="top">
  <a class="brand" href="/week">{{l.app}}</a>
  <nav>
  {{#showNav}}
  <a href="/week">{{l.week}}</a>
  <a href="/workers">{{l.workers}}</a>
  <a href="/users">{{l.users}}</a>
  <a href="/requests">{{l.requests}}</a>
  <a href="/hours">{{l.hours}}</a>
  <a href="/import">{{l.import}}</a>
  {{/showNav}}
  <a href="?lang={{otherLang}}" id="lang-switch">{{l.language}}</a>
  {{#account}}<form method="post" action="/logout"><input type="hidden" name="_csrf" value="{{csrf}}"><button type="submit">{{l.logout}} ({{account}})</button></form>{{/account}}
  </nav>
  </header>
  <main>
  {{#flash}}<p class="flash" id="flash">{{flash}}</p>{{/flash}}
  {{#problem}}<p class="flash bad" id="problem">{{problem}}</p>{{/problem}}
  {{{body}}}
  </main>
  </body>
  </html>
  """#
}
