import Foundation
import Hummingbird
import HummingbirdBcrypt
import HummingbirdTesting
import Matcher
import Office
import Testing
@testable import OfficeWeb

/// The security rules of the web app, each by a test that fails without it.
@Suite struct WebSecurityTests {
  @Test func postWithoutOrWithAWrongCSRFTokenIsRefused() async throws {
    let app = try buildWebApplication(TestRegister.configuration(), office: TestRegister.demo()).application
    try await app.test(.router) { client async throws in
      let browser = TestBrowser(client)
      try await browser.get("/week?week=\(TestRegister.week)")
      #expect(!browser.csrf.isEmpty)
      let none = try await browser.post("/week/absence", [("week", TestRegister.week), ("worker", "w-anne"), ("date", "2026-11-24")], csrf: false)
      #expect(none.status == .forbidden)
      let wrong = try await browser.post("/week/absence", [("week", TestRegister.week), ("worker", "w-anne"), ("date", "2026-11-24"), ("_csrf", (browser.csrf.first == "0" ? "1" : "0") + browser.csrf.dropFirst())])
      #expect(wrong.status == .forbidden)
      let right = try await browser.post("/week/absence", [("week", TestRegister.week), ("worker", "w-anne"), ("date", "2026-11-24")])
      #expect(right.status == .seeOther)
    }
  }

  @Test func aTokenFromAnotherSessionIsRefused() async throws {
    let app = try buildWebApplication(TestRegister.configuration(), office: TestRegister.demo()).application
    try await app.test(.router) { client async throws in
      let mine = TestBrowser(client)
      let theirs = TestBrowser(client)
      try await mine.get("/week")
      try await theirs.get("/week")
      #expect(mine.csrf != theirs.csrf)
      let forged = try await mine.post("/week/absence", [("worker", "w-anne"), ("date", "2026-11-24"), ("_csrf", theirs.csrf)])
      #expect(forged.status == .forbidden)
    }
  }

  @Test func aCachedWeekPageCarriesEachSessionsOwnToken() async throws {
    let (app, _, _) = try await WebRouteTests.planned()
    try await app.test(.router) { client async throws in
      let mine = TestBrowser(client)
      let theirs = TestBrowser(client)
      let first = try await mine.get("/week?week=\(TestRegister.week)")
      let second = try await theirs.get("/week?week=\(TestRegister.week)")
      #expect(first.body.contains("id=\"grid\"") && second.body.contains("id=\"grid\""))
      #expect(mine.csrf != theirs.csrf)
      #expect(!second.body.contains(mine.csrf))
      #expect(!second.body.contains(WeekController.placeholder))
      let posted = try await theirs.post("/week/absence", [("week", TestRegister.week), ("worker", "w-anne"), ("date", "2026-11-24")])
      #expect(posted.status == .seeOther)
    }
  }

  @Test func aScriptInAWorkerNameShowsAsText() async throws {
    let office = try TestRegister.demo()
    var detail = try #require(try office.worker(id: "w-anne"))
    detail.worker.name = "<script>alert(1)</script>"
    try office.saveWorker(detail, by: "test")
    let app = try buildWebApplication(TestRegister.configuration(), office: office).application
    try await app.test(.router) { client async throws in
      let browser = TestBrowser(client)
      for page in ["/workers", "/workers/w-anne", "/week?week=\(TestRegister.week)"] {
        let body = try await browser.get(page).body
        #expect(!body.contains("<script>alert(1)</script>"), "\(page)")
        #expect(body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "\(page)")
      }
    }
  }

  @Test func refusesToListenBeyondLoopbackWithoutAccounts() throws {
    #expect(throws: WebStartError.accountsRequired(host: "0.0.0.0")) {
      _ = try buildWebApplication(TestRegister.configuration(host: "0.0.0.0"), office: TestRegister.demo())
    }
    // Loopback without accounts starts, and with an account any host starts.
    _ = try buildWebApplication(TestRegister.configuration(), office: TestRegister.demo())
    let office = try TestRegister.demo()
    try Accounts.add(name: "marie", password: "correct horse battery", to: office, by: "test", cost: 4)
    _ = try buildWebApplication(TestRegister.configuration(host: "0.0.0.0"), office: office)
  }

  @Test func offLoopbackEveryPageNeedsALogin() async throws {
    let office = try TestRegister.demo()
    try Accounts.add(name: "marie", password: "correct horse battery", to: office, by: "test", cost: 4)
    let app = try buildWebApplication(TestRegister.configuration(host: "0.0.0.0"), office: office).application
    try await app.test(.router) { client async throws in
      let browser = TestBrowser(client)
      for page in ["/week", "/workers", "/hours", "/print/week?week=\(TestRegister.week)", "/download/plan.csv?week=\(TestRegister.week)"] {
        let response = try await browser.get(page)
        #expect(response.status == .seeOther, "\(page)")
        #expect(response.headers[.location] == "/login", "\(page)")
      }
      let login = try await browser.get("/login")
      #expect(login.status == .ok)
      let posted = try await browser.post("/week/absence", [("worker", "w-anne"), ("date", "2026-11-24")])
      #expect(posted.status == .unauthorized)
      let good = try await browser.post("/login", [("name", "marie"), ("password", "correct horse battery")])
      #expect(good.status == .seeOther)
      let week = try await browser.get("/week")
      #expect(week.status == .ok)
      #expect(week.body.contains("marie"))
    }
  }

  @Test func sessionCookieIsHttpOnlyAndSameSite() async throws {
    let app = try buildWebApplication(TestRegister.configuration(), office: TestRegister.demo()).application
    try await app.test(.router) { client async throws in
      let response = try await client.execute(uri: "/week", method: .get)
      let cookie = try #require(response.headers[values: .setCookie].first { $0.hasPrefix("ale_session=") })
      #expect(cookie.contains("HttpOnly"))
      #expect(cookie.contains("SameSite=Strict"))
      #expect(response.headers[.contentSecurityPolicy]?.contains("script-src 'self'") == true)
    }
  }

  @Test func aFailedLoginIsSlowedDownMoreEachTime() async throws {
    let office = try TestRegister.demo()
    try Accounts.add(name: "marie", password: "correct horse battery", to: office, by: "test", cost: 4)
    let app = try buildWebApplication(TestRegister.configuration(loginDelay: 0.4), office: office).application
    try await app.test(.router) { client async throws in
      let browser = TestBrowser(client)
      try await browser.get("/login")
      let clock = ContinuousClock()
      var first: (status: HTTPResponse.Status, body: String, headers: HTTPFields)?
      let once = try await clock.measure { first = try await browser.post("/login", [("name", "marie"), ("password", "wrong")]) }
      #expect(first?.status == .unauthorized)
      #expect(first?.body.contains("Nom ou mot de passe incorrect.") == true)
      let twice = try await clock.measure { _ = try await browser.post("/login", [("name", "marie"), ("password", "wrong again")]) }
      #expect(once >= .milliseconds(400))
      #expect(twice >= .milliseconds(800))
    }
  }

  @Test func theRegisterKeepsABcryptHashNotThePassword() throws {
    let office = try TestRegister.demo()
    try Accounts.add(name: "marie", password: "correct horse battery", to: office, by: "test", cost: 4)
    let hash = try #require(try office.passwordHash(account: "marie"))
    #expect(hash.hasPrefix("$2"))
    #expect(!hash.contains("correct horse battery"))
    #expect(Bcrypt.verify("correct horse battery", hash: hash))
    #expect(!Bcrypt.verify("correct horse batterz", hash: hash))
    #expect(throws: OfficeError.self) { try Accounts.add(name: "short", password: "2short", to: office, by: "test", cost: 4) }
  }

  @Test(arguments: [
    "/download/plan.ics?week=2026-11-23&worker=../../etc/passwd", "/download/..%2F..%2Fetc%2Fpasswd", "/download/plan.csv?week=../../etc",
    "/assets/../Package.swift", "/print/worker?week=2026-11-23&worker=/etc/passwd",
  ])
  func downloadsTakeIdsNeverPaths(_ uri: String) async throws {
    let web = try buildWebApplication(TestRegister.configuration(), office: TestRegister.demo())
    try await web.app.startPlan(try #require(Day(iso: TestRegister.week)), keep: false, by: "test")
    await web.app.jobs.wait(for: try #require(Day(iso: TestRegister.week)))
    try await web.application.test(.router) { client async throws in
      let browser = TestBrowser(client)
      let response = try await browser.get(uri)
      #expect([.notFound, .badRequest].contains(response.status), "\(uri): \(response.status)")
      #expect(!response.body.contains("root:"))
      // The same download by ids works.
      #expect(try await browser.get("/download/plan.ics?week=2026-11-23&worker=w-anne").status == .ok)
    }
  }

  @Test func theAuditTrailNamesWhoChangedWhat() async throws {
    let office = try TestRegister.demo()
    try Accounts.add(name: "marie", password: "correct horse battery", to: office, by: "test", cost: 4)
    let app = try buildWebApplication(TestRegister.configuration(), office: office).application
    try await app.test(.router) { client async throws in
      let browser = TestBrowser(client)
      try await browser.get("/login")
      try await browser.post("/login", [("name", "marie"), ("password", "correct horse battery")])
      try await browser.get("/week")
      try await browser.post("/week/absence", [("week", TestRegister.week), ("worker", "w-anne"), ("date", "2026-11-24")])
    }
    let entry = try #require(try office.auditTrail(entity: "absence", id: "w-anne").first)
    #expect(entry.by == "marie")
    // On loopback without accounts, changes are by "local".
    let local = try TestRegister.demo()
    let app2 = try buildWebApplication(TestRegister.configuration(), office: local).application
    try await app2.test(.router) { client async throws in
      let browser = TestBrowser(client)
      try await browser.get("/week")
      try await browser.post("/week/absence", [("week", TestRegister.week), ("worker", "w-anne"), ("date", "2026-11-24")])
    }
    #expect(try local.auditTrail(entity: "absence", id: "w-anne").first?.by == "local")
  }
}
