import GLPK
import Testing

@testable import Matcher

/// `ModelBuilder` on `TrapWeek`: which rows it writes, and which it leaves out.
@Suite struct ModelBuilderTests {
  /// The rows as (bound, sorted columns), in row order.
  static func rows(_ program: LinearProgram) -> [(bound: RowBound, columns: [Int32])] {
    (0..<program.rowCount).map { row in
      (program.rows[row], program.entryValue.indices.filter { program.entryRow[$0] == row }.map { program.entryColumn[$0] }.sorted())
    }
  }

  /// Three candidates, one start each. No seats row (each request has one
  /// candidate), no cap or weekly row (6 h cannot reach a cap). The blocks,
  /// stretched by the 30 min gap, form the interval graph early–big–late:
  /// its maximal cliques {big, early} and {big, late} are the two rows, ≤ 1.
  @Test func trapWeekHasTwoCliqueRows() throws {
    let (week, set, scaling) = try TrapWeek.stages()
    #expect(TrapWeek.names(set, week) == ["r-big@09:30", "r-early@08:00", "r-late@11:00"])
    let program = ModelBuilder(week: week, scaling: scaling).model(for: set)
    #expect(program.maximize)
    #expect(program.kinds == [.binary, .binary, .binary])
    #expect(program.lower == [0, 0, 0])
    #expect(program.upper == [1, 1, 1])
    let rows = Self.rows(program)
    #expect(rows.map(\.bound) == [.upper(1), .upper(1)])
    #expect(Set(rows.map(\.columns)) == [[0, 1], [0, 2]])
    #expect(program.entryValue.allSatisfy { $0 == 1 })
    #expect(program.rowNames.allSatisfy { $0.hasPrefix("clique_") })
    // Priority 3 × 2 h outweighs priority 2 × 2 h whatever the later terms.
    #expect(program.objective[0] > program.objective[1])
    #expect(program.objective[0] > program.objective[2])
  }

  /// A pinned candidate gets the lower bound 1; the others stay free.
  @Test func pinIsALowerBound() throws {
    let (week, set, scaling) = try TrapWeek.stages(pinEarly: true)
    let program = ModelBuilder(week: week, scaling: scaling).model(for: set)
    #expect(TrapWeek.names(set, week) == ["r-big@09:30", "r-early@08:00", "r-late@11:00"])
    #expect(program.lower == [0, 1, 0])
  }

  /// A two-seat request with two workers able to take it, and a third:
  /// one seats row (≤ 2) over the three candidates; no distinct row, each
  /// worker has one start.
  @Test func seatsRowOnlyWhenWorkersOutnumberSeats() throws {
    var builder = WeekBuilder()
    for id in ["w-1", "w-2", "w-3"] {
      builder.worker(id, activities: ["gardening"], available: [(TrapWeek.monday, "08:00", "10:00")])
    }
    builder.user("u-1")
    builder.request("r-two", user: "u-1", activity: "gardening", hours: 2, windows: [(TrapWeek.monday, "08:00", "10:00")], seats: 2)
    let week = PlanningWeek(try builder.scenario())
    let set = CandidateEnumerator(week: week).candidates()
    let program = ModelBuilder(week: week, scaling: ObjectiveScaling(candidates: set, week: week)).model(for: set)
    #expect(set.count == 3)
    let rows = Self.rows(program)
    #expect(rows.count == 1)
    #expect(rows.first?.bound == .upper(2))
    #expect(rows.first?.columns == [0, 1, 2])
  }
}
