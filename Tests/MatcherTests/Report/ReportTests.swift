import Foundation
import Testing

@testable import Matcher

@Suite struct ReportTests {
  @Test(arguments: PlanReport.Language.allCases)
  func textMatchesGolden(_ language: PlanReport.Language) throws {
    try Golden.check(Array(try SmallWeek.report(language).text().utf8), "small-week.\(language.rawValue).txt")
  }

  /// The golden files hold for a plan fresh from the real solver, not only the checked-in one.
  @Test func realSolverPlanGivesTheGoldenText() throws {
    let report = try SmallWeek.report()
    let plan = Solver().solve(report.scenario).plan
    try Golden.check(Array(PlanReport(plan: plan, scenario: report.scenario).text().utf8), "small-week.fr.txt")
    try Golden.check(try PlanReport(plan: plan, scenario: report.scenario).csv(), "small-week.csv")
  }

  @Test func csvMatchesGolden() throws {
    let report = try SmallWeek.report()
    try Golden.check(try report.csv(), "small-week.csv")
    try Golden.check(try report.csv(.init(separator: ";", byteOrderMark: true)), "small-week.semicolon-bom.csv")
  }

  @Test func icsMatchesGolden() throws {
    let report = try SmallWeek.report()
    try Golden.check(report.ics(), "small-week.ics")
    try Golden.check(report.ics(worker: "w-anne"), "small-week.w-anne.ics")
  }

  @Test func reportsAreDeterministic() throws {
    let a = try SmallWeek.report(), b = try SmallWeek.report()
    #expect(a.text() == b.text())
    #expect(a.html() == b.html())
    #expect(try a.csv() == b.csv())
    #expect(a.ics() == b.ics())
  }

  @Test(arguments: PlanReport.Language.allCases)
  func htmlHasEveryAssignmentAndUnassignedRequest(_ language: PlanReport.Language) throws {
    let report = try SmallWeek.report(language)
    let html = report.html()
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.contains("@page { size: A4"))
    #expect(html.contains("@media print"))
    #expect(!html.contains("http://") && !html.contains("https://") && !html.contains("<script") && !html.contains("<link"))
    #expect(!report.plan.assignments.isEmpty && !report.plan.unassigned.isEmpty)
    for a in report.plan.assignments {
      let tag = "data-request=\"\(a.request)\" data-worker=\"\(a.worker)\""
      #expect(html.components(separatedBy: tag).count - 1 == 1, "assignment \(a.request) / \(a.worker) in the grid")
      #expect(html.contains("\(a.start)–\(a.end)"))
    }
    for u in report.plan.unassigned {
      #expect(html.contains("data-unassigned=\"\(u.request)\""), "unassigned \(u.request)")
      for reason in u.reasons { #expect(html.contains("[\(reason.rawValue)]")) }
    }
    for r in report.plan.rejected { #expect(html.contains(r.id)) }
  }

  @Test func htmlEscapesText() {
    #expect(HTMLReport.escape("<b a='1'>\"&\"</b>") == "&lt;b a=&#39;1&#39;&gt;&quot;&amp;&quot;&lt;/b&gt;")
  }

  @Test func htmlEscapesIdsFromThePlan() throws {
    let report = try SmallWeek.report()
    var plan = report.plan
    plan.assignments[0].user = "<script>alert(1)</script>"
    let html = PlanReport(plan: plan, scenario: report.scenario).html()
    #expect(!html.contains("<script>"))
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
  }

  @Test func frenchAndEnglishBothRender() throws {
    let fr = try SmallWeek.report(.fr), en = try SmallWeek.report(.en)
    #expect(fr.text().contains("Mardi 24/11/2026"))
    #expect(fr.text().contains("Jardinage"))
    #expect(en.text().contains("Tuesday 24/11/2026"))
    #expect(en.text().contains("Gardening"))
    #expect(!en.text().contains("Jardinage"))
    #expect(fr.html().contains("lang=\"fr\"") && en.html().contains("lang=\"en\""))
    for reason in UnassignedReason.allCases {
      #expect(Labels(.fr).sentence(reason) != Labels(.en).sentence(reason))
    }
  }

  @Test func everyCatalogActivityHasAnEnglishLabel() throws {
    let report = try SmallWeek.report()
    for activity in report.scenario.rules.activities {
      #expect(Labels.englishActivities[activity.id.rawValue] != nil, "\(activity.id)")
    }
  }

  /// Every word a French collaborator reads is French: rejections rebuilt from the scenario, statuses, caps.
  @Test func frenchReportSaysItInFrench() throws {
    let report = try SmallWeek.report()
    let text = report.text()
    #expect(text.contains("(Jardinage n'est pas permis pour un utilisateur de type école (seulement : particulier))"))
    #expect(text.contains("(au chômage depuis 10 mois, il en faut 24 avant 45 ans)"))
    #expect(text.contains("(statut : optimal (prouvé par GLPK))"))
    #expect(report.html().contains("<th>travailleur</th><th>plafond</th><th>période</th>"))
    for english in ["is not allowed", "unemployed for", "month-standard", "statut : optimal)", "(only", "<th>cap</th>"] {
      #expect(!text.contains(english), "\(english)")
      #expect(!report.html().contains(english), "\(english)")
    }
    var plan = report.plan
    plan.status = .feasible
    plan.solver.gap = 0.0125
    #expect(PlanReport(plan: plan, scenario: report.scenario).text().contains("(statut : réalisable écart 1,25 %)"))
    plan.status = .heuristic
    #expect(PlanReport(plan: plan, scenario: report.scenario).text().contains("(statut : heuristique (sans preuve))"))
  }

  /// Names, phones and addresses wherever a person reads the plan; the calendar's LOCATION is the address.
  @Test func peopleAreNamedAndReachable() throws {
    let report = try SmallWeek.report()
    let text = report.text()
    #expect(text.contains("07:00–09:00  Anne Lefèvre (w-anne)  → Mme Dubois (u-dubois)"))
    #expect(text.contains("utilisateur  u-lambert  M. Lambert"))
    #expect(text.contains("Rue de Bomel 112, 5000 Namur     Sonner deux fois"))
    #expect(text.contains("r-01 (M. Lambert (u-lambert), "))
    let html = report.html()
    #expect(html.contains("<h3>Mme Dubois (u-dubois)</h3><p class=\"meta\">Rue des Tanneries 3, 5000 Namur · tél. 081 22 10 01</p>"))
    #expect(html.contains("<tr><th>Anne Lefèvre (w-anne)</th>"))
    let ics = String(decoding: report.ics(worker: "w-anne"), as: UTF8.self)
    #expect(ics.contains("LOCATION:Rue des Tanneries 3\\, 5000 Namur\r\n"))
    #expect(ics.contains("SUMMARY:Jardinage — Mme Dubois\r\n"))
    #expect(!ics.contains("LOCATION:u-dubois ("))
    // Without an address, the name and the coordinates, as before.
    var scenario = report.scenario
    scenario.users = scenario.users.map { user in
      var user = user
      user.contact = Contact()
      return user
    }
    scenario.reindex()
    let bare = String(decoding: PlanReport(plan: report.plan, scenario: scenario).ics(worker: "w-anne"), as: UTF8.self)
    #expect(bare.contains("LOCATION:u-dubois (50.476800\\, 4.841600)\r\n"))
  }

  @Test func textListsDaysInTimeOrderWithReasonsAndCaps() throws {
    let text = try SmallWeek.report().text()
    #expect(text.contains("== Demandes non couvertes =="))
    #expect(text.contains("[outcompeted]") && text.contains("[no_common_time]"))
    #expect(text.contains("travailleur w-emma") && text.contains("demande r-08"))
    // Caps by their numbers and what they count, from the rule set, never by id.
    #expect(text.contains("45 h par mois (petit bricolage, aide administrative…)") && text.contains("630 h par an (toutes les activités)"))
    #expect(!text.contains("month-standard") && !text.contains("year-all"))
    let mardi = try #require(text.range(of: "Mardi")), mercredi = try #require(text.range(of: "Mercredi"))
    #expect(mardi.lowerBound < mercredi.lowerBound)
  }

  @Test func csvHasOneRowPerAssignmentAndQuotes() throws {
    let report = try SmallWeek.report()
    let text = String(decoding: try report.csv(), as: UTF8.self)
    let rows = text.components(separatedBy: "\r\n").filter { !$0.isEmpty }
    #expect(rows.count == report.plan.assignments.count + 1)
    // Shares of a 2-hour TH job of a RIS worker: ALE 2 × 0.6221; Forem and CPAS each less half the issuer's fee.
    #expect(rows[0].hasSuffix(",part_ale_eur,part_forem_eur,part_cpas_eur"))
    #expect(rows[1].hasSuffix(",cpas,0,1.24,0.59,1.33"))
    let semicolon = try report.csv(.init(separator: ";", byteOrderMark: true))
    #expect(Array(semicolon.prefix(3)) == [0xEF, 0xBB, 0xBF])
    #expect(String(decoding: semicolon.dropFirst(3), as: UTF8.self).contains(";6,70;"))
    var plan = report.plan
    plan.assignments[0].user = "a,\"b\""
    let quoted = String(decoding: try PlanReport(plan: plan, scenario: report.scenario).csv(), as: UTF8.self)
    #expect(quoted.contains(",\"a,\"\"b\"\"\","))
  }

  @Test func icsFollowsRFC5545() throws {
    let report = try SmallWeek.report()
    let bytes = report.ics()
    let text = String(decoding: bytes, as: UTF8.self)
    #expect(text.hasSuffix("END:VCALENDAR\r\n"))
    #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    for line in text.components(separatedBy: "\r\n") { #expect(line.utf8.count <= 75, "\(line)") }
    #expect(text.components(separatedBy: "BEGIN:VEVENT").count - 1 == report.plan.assignments.count)
    #expect(text.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Brussels"))
    #expect(text.contains("DTSTAMP:20261123T000000Z"))
    let anne = String(decoding: report.ics(worker: "w-anne"), as: UTF8.self)
    #expect(anne.components(separatedBy: "BEGIN:VEVENT").count - 1 == report.plan.assignments.filter { $0.worker == "w-anne" }.count)
  }

  @Test func icsFoldsAndEscapes() {
    #expect(ICSReport.escape("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne")
    let long = "DESCRIPTION:" + String(repeating: "é", count: 60)
    let folded = ICSReport.fold(long)
    let lines = String(decoding: folded, as: UTF8.self).components(separatedBy: "\r\n").filter { !$0.isEmpty }
    #expect(lines.count == 2)
    #expect(lines.allSatisfy { $0.utf8.count <= 75 })
    #expect(lines[1].hasPrefix(" "))
    #expect(lines[0] + lines[1].dropFirst() == long)
    #expect(ICSReport.local(Day(year: 2026, month: 11, day: 24) ?? Day(ordinal: 0), TimeOfDay(minutes: 1440)) == "20261125T000000")
  }
}
