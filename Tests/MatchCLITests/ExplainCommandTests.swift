import Foundation
import Testing

/// `match-cli explain`, `pin` and `changes`, run as a user would.
@Suite struct ExplainCommandTests {
  static let plan = "scenarios/small-week.plan.json"
  static let scenario = "scenarios/small-week.json"

  @Test func explainsARequestLeftShort() throws {
    let run = try CLI.run(["explain", Self.plan, "--scenario", Self.scenario, "--request", "r-01", "--lang", "en"])
    #expect(run.status == 0, "\(run)")
    #expect(run.stdout.contains("Not covered: 1 seat missing — outcompeted"), "\(run)")
    // The value that decided, priority × hours: two priority-1 jobs of 2 h outweigh one priority-3 hour.
    #expect(
      run.stdout.contains(
        "w-anne: taken by other work in this plan: r-02 Tue 24/11/2026 07:00-09:00 (priority 1 × 2 h = value 2); "
          + "r-03 Tue 24/11/2026 10:00-12:00 (priority 1 × 2 h = value 2) — placing it would displace at least value 4, "
          + "against 3 for this request (priority 3 × 1 h = value 3)"), "\(run)")
    #expect(run.stdout.contains("outcompeted — the workers who fit were taken by jobs of higher value (priority × hours)"), "\(run)")
    #expect(run.stdout.contains("w-bruno: not authorised for"), "\(run)")
    let fr = try CLI.run(["explain", Self.plan, "--scenario", Self.scenario, "--request", "r-01"])
    #expect(fr.status == 0 && fr.stdout.contains("Non couverte : 1 place manquante"), "\(fr)")
    #expect(fr.stdout.contains("la placer déplacerait au moins la valeur 4, contre 3 pour cette demande (priorité 3 × 1 h = valeur 3)"), "\(fr)")
  }

  @Test func explainsAWorker() throws {
    let run = try CLI.run(["explain", Self.plan, "--scenario", Self.scenario, "--worker", "w-chloe", "--lang", "en"])
    #expect(run.status == 0, "\(run)")
    #expect(run.stdout.contains("Hours left (worked + planned):"), "\(run)")
    // Named, with the phone to call, and the users by name.
    #expect(run.stdoutLines.first == "Worker Chloé Renard (w-chloe), ale-namur, phone 0472 33 44 55", "\(run)")
    #expect(run.stdout.contains("r-04  Before- and after-school care, École communale de Salzinnes (u-ecole)"), "\(run)")
    #expect(run.stdout.contains("cap of 45 h a month (small odd jobs, administrative help…) (2026-11)"), "\(run)")
    #expect(run.stdout.contains("Could still take:"), "\(run)")
  }

  @Test(arguments: [["--request", "r-99"], ["--worker", "w-nobody"]])
  func unknownIdIsADataError(_ option: [String]) throws {
    let run = try CLI.run(["explain", Self.plan, "--scenario", Self.scenario] + option)
    #expect(run.status == 65, "\(run)")
    #expect(run.stdout.isEmpty)
    #expect(run.stderr.contains("no "), "\(run)")
  }

  @Test func missingPlanIsNoInput() throws {
    let run = try CLI.run(["explain", "no/such/plan.json", "--scenario", Self.scenario, "--request", "r-01"])
    #expect(run.status == 66, "\(run)")
  }

  @Test func pinAddsAValidPinAndUnpinRemovesIt() throws {
    let path = try CLI.temporaryFile(try CLI.text(Self.scenario), name: "week.json")
    let run = try CLI.run(["pin", path, "--request", "r-06", "--worker", "w-chloe", "--date", "2026-11-26", "--start", "13:30"])
    #expect(run.status == 0, "\(run)")
    let pinned = try String(contentsOfFile: path, encoding: .utf8)
    #expect(pinned.contains("\"request\": \"r-06\",\n      \"worker\": \"w-chloe\",\n      \"date\": \"2026-11-26\",\n      \"start\": \"13:30\""), "\(pinned)")
    #expect(try CLI.run(["validate", path]).status == 0)
    let plan = try CLI.run(["plan", path, "--format", "json"])
    #expect(plan.status == 0 && plan.stdout.contains("\"worker\": \"w-chloe\""), "\(plan)")

    let unpin = try CLI.run(["pin", path, "--request", "r-06", "--worker", "w-chloe", "--unpin"])
    #expect(unpin.status == 0, "\(unpin)")
    #expect(!(try String(contentsOfFile: path, encoding: .utf8)).contains("\"r-06\",\n      \"worker\""))
    let again = try CLI.run(["pin", path, "--request", "r-06", "--worker", "w-chloe", "--unpin"])
    #expect(again.status == 65, "\(again)")
  }

  @Test func pinThatBreaksARuleIsRefusedAndNothingWritten() throws {
    let original = try CLI.text(Self.scenario)
    let path = try CLI.temporaryFile(original, name: "week.json")
    let run = try CLI.run(["pin", path, "--request", "r-02", "--worker", "w-bruno", "--date", "2026-11-24", "--start", "07:00"])
    #expect(run.status == 65, "\(run)")
    #expect(run.stderr.contains("pinned[0]: worker w-bruno is not authorised for gardening"), "\(run)")
    #expect(run.stderr.contains("the pin is refused"), "\(run)")
    #expect(try String(contentsOfFile: path, encoding: .utf8) == original)
  }

  @Test func changesListsWhomToCall() throws {
    let run = try CLI.run(["changes", Self.plan, Self.plan, "--scenario", Self.scenario, "--lang", "en"])
    #expect(run.status == 0, "\(run)")
    #expect(run.stdout == "Changes: 6 kept, 0 rescheduled, 0 reassigned, 0 added, 0 dropped\nNothing changed: nobody to call.\n", "\(run)")
  }
}
