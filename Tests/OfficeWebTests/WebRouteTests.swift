import Foundation
import Hummingbird
import HummingbirdTesting
import Matcher
import Office
import Testing
@testable import OfficeWeb

/// Every page, every form and the errors, through the router (no socket).
@Suite struct WebRouteTests {
  static let monday = Day(iso: TestRegister.week) ?? Day(ordinal: 0)

  /// The demo register, planned once in the background as the plan button does.
  static func planned() async throws -> (Application<RouterResponder<WebContext>>, WebApp, OfficeDatabase) {
    let office = try TestRegister.demo()
    let web = try buildWebApplication(TestRegister.configuration(), office: office)
    try await web.app.startPlan(monday, keep: false, by: "test")
    await web.app.jobs.wait(for: monday)
    return (web.application, web.app, office)
  }

  @Test(arguments: [
    ("/week", "Semaine du"), ("/workers", "Travailleurs"), ("/workers/new", "Nouveau — Travailleur"), ("/workers/w-anne", "Anne Lejeune"),
    ("/users", "Utilisateurs"), ("/users/new", "Nouveau — Utilisateur"), ("/users/u-dubois", "Famille Dubois"), ("/requests", "Demandes"),
    ("/requests/new", "Nouveau — Demande"), ("/requests/r-01", "r-01"), ("/hours?month=2026-11", "Heures — 2026-11"), ("/login", "Se connecter"),
    ("/week?week=2026-11-23&lang=en", "Week of"), ("/workers?lang=en", "Workers"),
  ])
  func everyPageAnswers(_ page: String, _ heading: String) async throws {
    let app = try buildWebApplication(TestRegister.configuration(), office: TestRegister.demo()).application
    try await app.test(.router) { client async throws in
      let browser = TestBrowser(client)
      let response = try await browser.get(page)
      #expect(response.status == .ok)
      #expect(response.body.contains(heading), "\(page)")
      #expect(response.headers[.contentType] == "text/html; charset=utf-8")
    }
  }

  @Test func assetsAreServedFromTheBinary() async throws {
    let app = try buildWebApplication(TestRegister.configuration(), office: TestRegister.demo()).application
    try await app.test(.router) { client async throws in
      let css = try await client.execute(uri: "/assets/app.css", method: .get)
      #expect(css.headers[.contentType] == "text/css; charset=utf-8")
      #expect(String(buffer: css.body).contains("@media print"))
      let js = try await client.execute(uri: "/assets/app.js", method: .get)
      #expect(String(buffer: js.body).contains("plan-progress"))
    }
  }

  @Test func errorsAreNamed() async throws {
    let app = try buildWebApplication(TestRegister.configuration(), office: TestRegister.demo()).application
    try await app.test(.router) { client async throws in
      let browser = TestBrowser(client)
      #expect(try await browser.get("/week?week=2026-11-24").status == .badRequest)
      #expect(try await browser.get("/workers/w-nobody").status == .notFound)
      #expect(try await browser.get("/week/assignment?week=2026-11-23&request=r-02&worker=w-anne").status == .notFound)  // no plan yet
      #expect(try await browser.get("/download/plan.csv?week=2026-11-23").status == .notFound)
      #expect(try await browser.get("/no/such/page").status == .notFound)
    }
  }

  @Test func theWeekBeforeAndAfterPlanning() async throws {
    let office = try TestRegister.demo()
    let web = try buildWebApplication(TestRegister.configuration(), office: office)
    try await web.application.test(.router) { client async throws in
      let browser = TestBrowser(client)
      let before = try await browser.get("/week")
      #expect(before.body.contains("Pas encore planifiée"))
      #expect(before.body.contains("2026-11-23"))
      let posted = try await browser.post("/week/plan", [("week", TestRegister.week)])
      #expect(posted.status == .seeOther)
      await web.app.jobs.wait(for: Self.monday)
      let status = try await browser.get("/week/plan/status?week=\(TestRegister.week)")
      #expect(status.body == #"{"state":"done"}"#)
      let after = try await browser.get("/week")
      #expect(after.body.contains("Brouillon"))
      #expect(after.body.contains("Anne Lejeune"))
      #expect(after.body.contains("Famille Dubois"))
      // r-07 stays open for want of a common time, in plain words, with a link to why.
      #expect(after.body.contains("aucun travailleur disponible à ce moment"))
      #expect(after.body.contains("/week/request?week=2026-11-23&amp;request=r-07"))
      #expect(after.body.contains("id=\"publish-button\""))
    }
    #expect(try office.week(monday: Self.monday)?.state == .draft)
  }

  @Test func theFilterNarrowsTheGrid() async throws {
    let (app, _, _) = try await Self.planned()
    try await app.test(.router) { client async throws in
      let browser = TestBrowser(client)
      let anne = try await browser.get("/week?week=2026-11-23&worker=w-anne").body
      #expect(anne.contains("data-worker=\"w-anne\""))
      #expect(!anne.contains("data-worker=\"w-bruno\""))
      let text = try await browser.get("/week?week=2026-11-23&q=biblioth").body
      #expect(text.contains("data-worker=\"w-bruno\""))
      #expect(!text.contains("data-worker=\"w-anne\""))
      let day = try await browser.get("/week?week=2026-11-23&day=2026-11-27").body
      #expect(day.contains("data-worker=\"w-david\""))
      #expect(!day.contains("data-worker=\"w-bruno\""))
    }
  }

  @Test func anOpenRequestSaysWhyAndWhoCouldTakeIt() async throws {
    let (app, _, _) = try await Self.planned()
    try await app.test(.router) { client async throws in
      let browser = TestBrowser(client)
      let page = try await browser.get("/week/request?week=2026-11-23&request=r-01")
      #expect(page.status == .ok)
      #expect(page.body.contains("Mme Lambert"))
      #expect(page.body.contains("id=\"explanation\""))
      #expect(page.body.contains("Qui pourrait la prendre"))
    }
  }

  @Test func pinThenAMoveThatBreaksARuleIsRefusedWithTheRuleNamed() async throws {
    let (app, web, office) = try await Self.planned()
    try await app.test(.router) { client async throws in
      let browser = TestBrowser(client)
      let page = try await browser.get("/week/assignment?week=2026-11-23&request=r-02&worker=w-anne")
      #expect(page.body.contains("Épingler"))
      let pin = try await browser.post(
        "/week/pin", [("week", TestRegister.week), ("request", "r-02"), ("worker", "w-anne"), ("date", "2026-11-24"), ("start", "07:00")])
      #expect(pin.status == .seeOther)
      await web.jobs.wait(for: Self.monday)
      #expect(try await browser.get("/week").body.contains("job pinned"))
      // Bruno is not authorised for gardening: the move is refused, the rule named, nothing changed.
      let move = try await browser.post(
        "/week/move", [("week", TestRegister.week), ("request", "r-02"), ("worker", "w-anne"), ("to", "w-bruno"), ("date", "2026-11-24"), ("start", "07:00")])
      #expect(move.status == .conflict)
      #expect(move.body.contains("Refusé"))
      #expect(move.body.contains("pinned[0]"))
      #expect(try office.pins(week: Self.monday).map(\.worker) == ["w-anne"])
      let unpin = try await browser.post("/week/unpin", [("week", TestRegister.week), ("request", "r-02"), ("worker", "w-anne")])
      #expect(unpin.status == .seeOther)
      #expect(try office.pins(week: Self.monday).isEmpty)
    }
  }

  @Test func absenceThenReplanKeepingShowsWhatChangedAndWhomToCall() async throws {
    let (app, web, _) = try await Self.planned()
    try await app.test(.router) { client async throws in
      let browser = TestBrowser(client)
      try await browser.get("/week")
      #expect(try await browser.post("/week/absence", [("week", TestRegister.week), ("worker", "w-david"), ("date", "2026-11-27")]).status == .seeOther)
      #expect(try await browser.post("/week/plan", [("week", TestRegister.week), ("keep", "1")]).status == .seeOther)
      await web.jobs.wait(for: Self.monday)
      let week = try await browser.get("/week").body
      #expect(week.contains("id=\"changes-link\""))
      let changes = try await browser.get("/week/changes?week=2026-11-23").body
      #expect(changes.contains("David Mertens"))
      #expect(changes.contains("0470 11 22 04"))
      #expect(changes.contains("Mme Petit"))
    }
  }

  @Test func publishPrintDownloadRecordAndHours() async throws {
    let (app, _, office) = try await Self.planned()
    try await app.test(.router) { client async throws in
      let browser = TestBrowser(client)
      try await browser.get("/week")
      #expect(try await browser.get("/week/record?week=2026-11-23").status == .seeOther)  // a draft is not recorded
      #expect(try await browser.post("/week/publish", [("week", TestRegister.week)]).status == .seeOther)
      #expect(try await browser.get("/week").body.contains("Publié"))
      let sheet = try await browser.get("/print/worker?week=2026-11-23&worker=w-anne").body
      #expect(sheet.contains("Feuille de route — Anne Lejeune"))
      #expect(sheet.contains("Rue de Gembloux 77, 5000 Namur"))
      #expect(sheet.contains("081 22 10 01"))
      #expect(try await browser.get("/print/user?week=2026-11-23&user=u-ecole").body.contains("Bruno Collard"))
      #expect(try await browser.get("/print/week?week=2026-11-23").body.contains("La semaine pour le bureau"))
      let csv = try await browser.get("/download/plan.csv?week=2026-11-23")
      #expect(csv.headers[.contentDisposition] == "attachment; filename=\"plan-2026-11-23.csv\"")
      let ics = try await browser.get("/download/plan.ics?week=2026-11-23&worker=w-anne")
      #expect(ics.body.hasPrefix("BEGIN:VCALENDAR"))
      let record = try await browser.get("/week/record?week=2026-11-23")
      #expect(record.body.contains("id=\"record-form\""))
      // Row 0 is the first assignment by date: Anne's r-02 on Tuesday 07:00; she did not come.
      let recorded = try await browser.post("/week/record", [("week", TestRegister.week), ("state.0", "no_show"), ("hours.1", "1,5")])
      #expect(recorded.status == .seeOther)
      #expect(try await browser.get("/week").body.contains("Enregistrée"))
      let hours = try await browser.get("/hours?month=2026-11").body
      #expect(hours.contains("mois, activités ordinaires"))
    }
    let ledger = try office.ledger(monday: Self.monday)
    #expect(ledger.first { $0.request == "r-02" }?.state == .noShow)
    #expect(ledger.first { $0.request == "r-03" }?.hours == 1.5)
  }

  @Test func aFormWithProblemsShowsThemBesideTheFieldsAndWritesNothing() async throws {
    let office = try TestRegister.demo()
    let app = try buildWebApplication(TestRegister.configuration(), office: office).application
    try await app.test(.router) { client async throws in
      let browser = TestBrowser(client)
      try await browser.get("/workers/new")
      let bad = try await browser.post("/workers", [("id", "w-new"), ("name", "Nouvelle"), ("agencyId", "ale-namur"), ("birthDate", "31/12/1990"), ("lat", "abc")])
      #expect(bad.status == .unprocessableContent)
      #expect(bad.body.contains("Corrigez les problèmes indiqués."))
      #expect(bad.body.contains("« 31/12/1990 » n&#39;est pas une date AAAA-MM-JJ") || bad.body.contains("« 31/12/1990 » n'est pas une date AAAA-MM-JJ"))
      #expect(bad.body.contains("value=\"Nouvelle\""))
      #expect(try office.worker(id: "w-new") == nil)
      let taken = try await browser.post("/workers", [("id", "w-anne"), ("agencyId", "ale-namur"), ("birthDate", "1990-01-01"), ("unemployedSince", "2024-01-01"), ("lat", "50.4"), ("lon", "4.8")])
      #expect(taken.body.contains("cet identifiant est déjà pris"))
      // The register's own checks (not the form's) are in the page's language too.
      let register = try await browser.post("/workers", [("id", "w-new"), ("agencyId", "ale-namur"), ("birthDate", "1990-01-01"), ("postcode", "0042")])
      #expect(register.body.contains("requis, sauf pour un travailleur au RIS"))
      #expect(register.body.contains("« 0042 » n&#39;est pas un code postal belge") || register.body.contains("« 0042 » n'est pas un code postal belge"))
      #expect(!register.body.contains("required unless the worker is on the RIS"))
      #expect(try office.worker(id: "w-new") == nil)
      let good = try await browser.post(
        "/workers", [("id", "w-new"), ("name", "Nouvelle"), ("agencyId", "ale-namur"), ("birthDate", "1990-12-31"), ("unemployedSince", "2024-01-01"),
          ("lat", "50.46"), ("lon", "4.86"), ("activities", "gardening"), ("slots", "lundi 08:00-12:00\njeu 13:00-17:00")])
      #expect(good.status == .seeOther)
      let saved = try #require(try office.worker(id: "w-new"))
      #expect(saved.worker.activities == ["gardening"])
      #expect(saved.slots.map { "\($0.weekday) \($0.from)-\($0.to)" } == ["1 08:00-12:00", "4 13:00-17:00"])
      #expect(try await browser.post("/workers/w-new/archive", []).status == .seeOther)
      #expect(try office.worker(id: "w-new")?.worker.archived == true)
      #expect(!(try await browser.get("/workers").body.contains(">w-new<")))
      #expect(try await browser.get("/workers?archived=1").body.contains(">w-new<"))
    }
  }

  @Test func aOneOffRequestFromTheWeekAndASkippedDate() async throws {
    let office = try TestRegister.demo()
    let app = try buildWebApplication(TestRegister.configuration(), office: office).application
    try await app.test(.router) { client async throws in
      let browser = TestBrowser(client)
      #expect(try await browser.get("/requests/new?week=2026-11-23").body.contains("value=\"2026-11-23\""))
      let oneOff = try await browser.post(
        "/requests", [("id", "r-bus"), ("userId", "u-ecole"), ("activity", "school_care"), ("hours", "1"), ("recurrence", "once"),
          ("date", "2026-11-26"), ("from", "15:00"), ("to", "17:00"), ("week", "2026-11-23")])
      #expect(oneOff.status == .seeOther)
      #expect(oneOff.headers[.location] == "/week?week=2026-11-23&msg=saved")
      #expect(try office.request(id: "r-bus")?.windows.map(\.date) == ["2026-11-26"])
      let recurring = try await browser.post(
        "/requests", [("id", "r-rec"), ("userId", "u-dubois"), ("activity", "gardening"), ("hours", "2"), ("recurrence", "weekly"),
          ("date", "2026-11-23"), ("from", "08:00"), ("to", "12:00"), ("weekdays", "2"), ("weekdays", "4"), ("interval", "1")])
      #expect(recurring.status == .seeOther)
      #expect(try await browser.get("/week?week=2026-11-23").body.contains("value=\"r-rec\""))
      #expect(try await browser.post("/week/skip", [("week", TestRegister.week), ("request", "r-rec"), ("date", "2026-11-26")]).status == .seeOther)
      #expect(try office.request(id: "r-rec")?.exdates.map(\.date) == ["2026-11-26"])
      let refused = try await browser.post("/week/skip", [("week", TestRegister.week), ("request", "r-bus"), ("date", "2026-11-26")])
      #expect(refused.status == .conflict)
    }
  }

  @Test func aCSVImportListsEveryProblemAndWritesNothingUntilClean() async throws {
    let office = try TestRegister.demo()
    let app = try buildWebApplication(TestRegister.configuration(), office: office).application
    try await app.test(.router) { client async throws in
      let browser = TestBrowser(client)
      let page = try await browser.get("/import")
      #expect(page.body.contains("id=\"import-form\""))
      let template = try await browser.get("/import/template?kind=users")
      #expect(template.body.hasPrefix("id;agence;type"))
      let bad = "id;agence;type;nom;latitude;longitude\nu-new1;ale-namur;private;Un;50.4;4.8\nu-new2;ale-nowhere;spaceship;Deux;abc;4.8\n"
      let refused = try await browser.post("/import", [("kind", "users"), ("csv", bad)])
      #expect(refused.status == .unprocessableContent)
      #expect(refused.body.contains("id=\"import-problems\""))
      #expect(refused.body.contains("users.csv:3"))
      #expect(try office.user(id: "u-new1") == nil)
      let good = "id;agence;type;nom;latitude;longitude\nu-new1;ale-namur;private;Un;50.4;4.8\n"
      let imported = try await browser.post("/import", [("kind", "users"), ("csv", good)])
      #expect(imported.status == .seeOther)
      #expect(try office.user(id: "u-new1")?.user.name == "Un")
    }
  }

  @Test func theBuiltInDemoWeekIsTheBundledFile() throws {
    let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("scenarios/small-week.json")
    #expect(try String(contentsOf: file, encoding: .utf8) == DemoScenario.json + "\n")
  }
}
