import Foundation
import Matcher
import Testing

@testable import Office

/// The CSV import: every kind of mistake named with file, line and column, and nothing written.
@Suite struct CSVImportTests {
  static func file(_ kind: CSVImport.Kind, _ text: String, bom: Bool = false) -> CSVImport.File {
    CSVImport.File(kind: kind, name: "\(kind.rawValue).csv", bytes: (bom ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8))
  }

  @Test(arguments: [";", ","])
  func goodFilesAreImportedWithEitherSeparatorAndABOM(_ separator: String) throws {
    let office = try OfficeFixture.smallWeek()
    let workers = """
      id;agence;nom;code_postal;commune;date_naissance;ris;chomage_depuis;activites;disponibilites
      w-101;ale-namur;Marie Dubois;5000;Namur;1971-04-02;non;2022-09-01;gardening odd_jobs;ma 08:00-12:30 je 13:00-17:00
      """.replacingOccurrences(of: ";", with: separator)
    let users = """
      ID;Agence;Type;Nom;Code postal;Commune;Latitude;Longitude;Activités
      u-101;ale-namur;private;"Famille Lambert; rez";5000;Namur;50.454;4.85;gardening:2026-041:TI
      """.replacingOccurrences(of: ";", with: separator).replacingOccurrences(of: "Lambert\(separator) rez", with: "Lambert; rez")
    let requests = """
      id;utilisateur;activite;heures;date;de;a;jours;toutes_les;du;sauf
      r-101;u-101;gardening;2;;08:00;12:00;ma;2;2026-11-24;2026-12-08
      r-102;u-101;odd_jobs;2;2026-11-26;13:00;17:00;;;;
      r-102;u-101;odd_jobs;2;2026-11-27;13:00;17:00;;;;
      """.replacingOccurrences(of: ";", with: separator)
    let counts = try office.importCSV([Self.file(.requests, requests), Self.file(.workers, workers, bom: true), Self.file(.users, users)], by: "test")
    #expect(counts.map(\.rows) == [1, 1, 2])
    let worker = try #require(try office.worker(id: "w-101"))
    #expect(worker.worker.lat == nil)
    #expect(worker.slots.map { "\($0.weekday) \($0.from)-\($0.to)" } == ["2 08:00-12:30", "4 13:00-17:00"])
    #expect(try office.user(id: "u-101")?.user.name == "Famille Lambert; rez")
    #expect(try office.user(id: "u-101")?.activities == [UserActivity(userId: "u-101", activity: "gardening", authorisation: "2026-041", chequeCode: "TI")])
    #expect(try office.request(id: "r-101")?.request.rrule == "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU")
    #expect(try office.request(id: "r-102")?.windows.count == 2)
    // The worker without coordinates sits at Namur's centre: approximate.
    let week = try office.exportWeek(monday: OfficeFixture.smallMonday)
    #expect(week.approximate == ["w-101"])
    // r-101 every other Tuesday from 2026-11-24, but 2026-12-08 skipped.
    #expect(week.scenario.request("r-101@2026-11-24") != nil)
    #expect(try office.exportWeek(monday: Day(iso: "2026-12-07")!).scenario.request("r-101@2026-12-08") == nil)
    #expect(try office.exportWeek(monday: Day(iso: "2026-12-21")!).scenario.request("r-101@2026-12-22") != nil)
  }

  @Test func everyMistakeIsNamedWithFileLineAndColumnAndNothingIsWritten() throws {
    let office = try OfficeFixture.smallWeek()
    let audit = try office.auditTrail().count
    let workers = """
      id;agence;nom;code_postal;date_naissance;ris;chomage_depuis;activites;disponibilites;couleur
      w-201;ale-nowhere;A;5000;1971-02-30;peut-être;;flying;xx 08:00-12:00
      w-202;ale-namur;B;9999;1980-01-01;oui;;gardening;ma 12:00-08:00
      w-202;ale-namur;C;5000;1980-01-01;oui;;;
      """
    let users = """
      id;agence;type;code_postal;latitude;longitude;activites
      u-201;ale-namur;private;5000;abc;4.8;school_care:1:ZZ
      u-202;ale-namur;private;;;;
      """
    let requests = """
      id;utilisateur;activite;heures;date;de;a;priorite
      r-201;u-nobody;gardening;deux;2026-11-24;08:00;25:00;9
      r-202;u-lambert;gardening;2;;08:00;10:00;1
      """
    let error = try #require(throws: OfficeError.self) {
      try office.importCSV([Self.file(.workers, workers), Self.file(.users, users), Self.file(.requests, requests)], by: "test")
    }
    let expected = [
      "requests.csv:2:2 (utilisateur): \"u-nobody\" is not in the register",
      "requests.csv:2:4 (heures): \"deux\" is not a number",
      "requests.csv:2:4 (heures): must be a number above 0",
      "requests.csv:2:7 (a): \"25:00\" is not a time (HH:MM, 24:00 allowed)",
      "requests.csv:2:8 (priorite): 9 is not 1 … 5",
      "requests.csv:3:5 (date): a date is required (YYYY-MM-DD)",
      "users.csv:2:5 (latitude): \"abc\" is not a number",
      "users.csv:2:5 (latitude): give both coordinates or neither",
      "users.csv:2:7 (activites): \"ZZ\" is not a cheque price code (TE, TF, TG, TH, TI, TJ, TK)",
      "users.csv:2:7 (activites): school_care is not allowed for a private user (school)",
      "users.csv:3:5 (latitude): coordinates are required: the postcode table has no centre for an empty postcode",
      "workers.csv:1:10 (couleur): unknown column \"couleur\" for workers (expected: id, agence, nom, telephone, rue, code_postal, commune, latitude, longitude, date_naissance, ris, cpas, chomage_depuis, demandeur_emploi_depuis, activites, distance_max_km, heures_max_semaine, disponibilites, note)",
      "workers.csv:2:2 (agence): \"ale-nowhere\" is not in the register",
      "workers.csv:2:5 (date_naissance): \"1971-02-30\" is not a date (YYYY-MM-DD)",
      "workers.csv:2:6 (ris): \"peut-être\" is not oui or non",
      "workers.csv:2:7 (chomage_depuis): required unless the worker is on the RIS",
      "workers.csv:2:8 (activites): \"flying\" is not an activity of the catalog",
      "workers.csv:2:9 (disponibilites): \"xx 08:00-12:00\" is not a day and a range (\"ma 08:00-12:30\")",
      "workers.csv:3:4 (code_postal): \"9999\" is not a Belgian postcode",
      "workers.csv:3:4 (code_postal): coordinates are required: the postcode table has no centre for postcode 9999",
      "workers.csv:3:9 (disponibilites): 08:00 is not after 12:00",
      "workers.csv:4:1 (id): \"w-202\" already on line 3",
    ]
    #expect(error.lines == expected)
    #expect(try office.workers().contains { $0.id.hasPrefix("w-2") } == false)
    #expect(try office.users().contains { $0.id.hasPrefix("u-2") } == false)
    #expect(try office.auditTrail().count == audit)
  }

  @Test func notUTF8AndAnUnclosedQuoteAreNamed() throws {
    let office = try OfficeFixture.smallWeek()
    let latin1 = CSVImport.File(kind: .workers, name: "w.csv", bytes: Array("id;nom\nw-1;".utf8) + [0xE9] + Array("\n".utf8))
    let quote = Self.file(.users, "id;nom\nu-1;\"open\n")
    let error = try #require(throws: OfficeError.self) { try office.importCSV([latin1, quote], by: "test") }
    #expect(error.lines == [
      "users.csv:1: users.csv:2: a quote (\") is never closed",
      "w.csv:1: w.csv: not UTF-8 (byte 12 of the file); save it as \"CSV UTF-8\"",
    ])
  }

  @Test func templatesAreReadBackAsValidFiles() throws {
    let office = try OfficeFixture.smallWeek()
    for kind in CSVImport.Kind.allCases {
      let table = try CSVTable(name: "t", bytes: Array(kind.template.utf8))
      #expect(table.header == kind.columns.map(\.key))
      #expect(table.rows.count == 1)
    }
    let counts = try office.importCSV(CSVImport.Kind.allCases.map { Self.file($0, $0.template) }, by: "test")
    #expect(counts.map(\.rows) == [1, 1, 1])
  }
}
