import Testing

@testable import Matcher

/// What a reader of plans accepts (issue 12 item 11, formats.md): the
/// `unassigned`, `rejected` and `workers` lists (and each worker's months
/// and years) in any order, a reason code given twice; only `assignments`
/// has an order to check. An independent checker reading formats.md and
/// ours must agree.
@Suite struct PlanReadingTests {
  static func validPlan() throws -> (Scenario, Plan) {
    let scenario = try ValidatorWeek.scenario.load()
    return (scenario, ValidatorWeek.plan(scenario))
  }

  @Test func listsInAnyOrderAreValid() throws {
    let (scenario, valid) = try Self.validPlan()
    var plan = valid
    #expect(plan.unassigned.count > 1 && plan.rejected.count > 1 && plan.workers.count > 1)
    plan.unassigned.reverse()
    plan.rejected.reverse()
    plan.workers.reverse()
    #expect(PlanValidator(scenario: scenario).violations(of: plan).map(\.description) == [])
  }

  @Test func aReasonCodeGivenTwiceIsTheSameReason() throws {
    let (scenario, valid) = try Self.validPlan()
    var plan = valid
    plan.unassigned[0].reasons += plan.unassigned[0].reasons
    #expect(PlanValidator(scenario: scenario).violations(of: plan).map(\.description) == [])
    plan.unassigned[0].reasons.append(plan.unassigned[0].reasons[0] == .outcompeted ? .outOfRange : .outcompeted)
    #expect(PlanValidator(scenario: scenario).violations(of: plan).map(\.rule) == [.unassignedReasons])
  }

  @Test func assignmentsKeepTheirOrder() throws {
    let (scenario, valid) = try Self.validPlan()
    var plan = valid
    plan.assignments.reverse()
    #expect(Set(PlanValidator(scenario: scenario).violations(of: plan).map(\.rule)) == [.order])
  }

  @Test func writerStillSortsTheLists() throws {
    let (_, plan) = try Self.validPlan()
    #expect(plan.unassigned.map(\.request.rawValue) == plan.unassigned.map(\.request.rawValue).sorted())
    #expect(plan.rejected.map { "\($0.kind.rawValue) \($0.id)" } == plan.rejected.map { "\($0.kind.rawValue) \($0.id)" }.sorted())
    #expect(plan.workers.map(\.id.rawValue) == plan.workers.map(\.id.rawValue).sorted())
  }
}
