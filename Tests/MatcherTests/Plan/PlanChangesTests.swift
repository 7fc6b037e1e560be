import Testing

@testable import Matcher

/// `PlanChanges` on hand-made pairs of plans of `ExplainWeek`.
@Suite struct PlanChangesTests {
  let scenario: Scenario
  let old: Plan
  let new: Plan

  init() throws {
    scenario = try ExplainWeek.scenario()
    let at = ExplainWeek.at
    old = ExplainWeek.plan(scenario, choices: [
      at("r-1", "w-seat", ExplainWeek.tuesday, 9), at("r-2", "w-auth", ExplainWeek.tuesday, 8),
      at("r-3", "w-busy", ExplainWeek.tuesday, 8), at("r-5", "w-free", ExplainWeek.wednesday, 8),
    ])
    new = ExplainWeek.plan(scenario, choices: [
      at("r-1", "w-seat", ExplainWeek.tuesday, 8), at("r-3", "w-busy", ExplainWeek.tuesday, 8),
      at("r-5", "w-tight", ExplainWeek.wednesday, 8), at("r-6", "w-free", ExplainWeek.wednesday, 13),
    ], unassigned: [Plan.Unassigned(request: "r-2", seatsMissing: 1, reasons: [.outcompeted])])
  }

  @Test func classifiesKeptMovedAddedDropped() {
    let changes = PlanChanges(old: old, new: new)
    #expect(changes.kept.map(\.request) == ["r-3"])
    #expect(changes.changes.map(\.kind) == [.rescheduled, .dropped, .reassigned, .added])
    #expect(changes.changes.map(\.request) == ["r-1", "r-2", "r-5", "r-6"])
    #expect(changes.changes[0].old?.start == TimeOfDay(minutes: 540))
    #expect(changes.changes[0].new?.start == TimeOfDay(minutes: 480))
    #expect(changes.changes[2].old?.worker == "w-free" && changes.changes[2].new?.worker == "w-tight")
    #expect(changes.workers == ["w-auth", "w-free", "w-seat", "w-tight"])
    #expect(changes.users == ["u-1"])
    #expect(changes.changes(for: "w-free").map(\.request) == ["r-5", "r-6"])
    #expect(changes.reasons["r-2"] == [.outcompeted])
  }

  @Test func identicalPlansChangeNothing() {
    let changes = PlanChanges(old: old, new: old)
    #expect(changes.changes.isEmpty)
    #expect(changes.kept == old.assignments)
    #expect(changes.text(.en).contains("Nothing changed: nobody to call."))
  }

  @Test func orderIsDeterministic() {
    var shuffled = new
    shuffled.assignments.reverse()
    var oldShuffled = old
    oldShuffled.assignments.swapAt(0, 3)
    let a = PlanChanges(old: old, new: new)
    let b = PlanChanges(old: oldShuffled, new: shuffled)
    #expect(a == b)
    #expect(a.text(.fr, scenario: scenario) == b.text(.fr, scenario: scenario))
  }

  @Test func textSaysWhomToCall() {
    let text = PlanChanges(old: old, new: new).text(.en, scenario: scenario)
    #expect(text.hasPrefix("Changes: 1 kept, 1 rescheduled, 1 reassigned, 1 added, 1 dropped\n"))
    #expect(text.contains("  w-free\n    off    r-5 Gardening, u-1: Wed 25/11/2026 08:00-10:00 (given to w-tight)\n    new   r-6 Gardening, u-1: Wed 25/11/2026 13:00-15:00\n"))
    #expect(text.contains("moved  r-1 Gardening, u-1: Tue 24/11/2026 09:00-12:00 → Tue 24/11/2026 08:00-11:00"))
    #expect(text.contains("r-2: Tue 24/11/2026 08:00-10:00 (w-auth) → no longer covered (the workers who fit were taken by jobs of higher value (priority × hours))"))
    let fr = PlanChanges(old: old, new: new).text(.fr, scenario: scenario)
    #expect(fr.contains("Travailleurs à appeler :"))
    #expect(fr.contains("nouveau   r-5 Jardinage, u-1 : mer. 25/11/2026 08:00-10:00 (à la place de w-free)"))
  }

  @Test func whomToCallHasTheirNameAndPhone() {
    var named = scenario
    let free = named.workers.firstIndex { $0.id == "w-free" }
    let user = named.users.firstIndex { $0.id == "u-1" }
    if let free { named.workers[free].contact = Contact(name: "Anne Lefèvre", phone: "0470 11 22 33") }
    if let user { named.users[user].contact = Contact(name: "Mme Dubois", phone: "081 22 10 01") }
    let text = PlanChanges(old: old, new: new).text(.fr, scenario: named)
    #expect(text.contains("\n  Anne Lefèvre (w-free), 0470 11 22 33\n    retiré "))
    #expect(text.contains("\n  Mme Dubois (u-1), 081 22 10 01\n"))
    #expect(text.contains("\n  w-seat\n"))
  }
}
