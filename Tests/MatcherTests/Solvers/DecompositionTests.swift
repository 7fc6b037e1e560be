import Testing

@testable import Matcher

/// `Decomposition` on hand-made candidate sets (workers and requests as nodes, candidates as edges).
@Suite struct DecompositionTests {
  /// A candidate set of (worker, request) edges, all Monday 08:00.
  static func set(_ edges: [(worker: Int, request: Int)]) -> CandidateSet {
    var set = CandidateSet()
    for edge in edges {
      set.append(worker: edge.worker, request: edge.request, day: 0, start: 480, pinned: false, coverage: 1, secondary: 0)
    }
    return set
  }

  /// Edges w0–r1, w1–r0, w0–r2, w2–r3: components {w1, r0}, {w0, r1, r2},
  /// {w2, r3}, listed by their smallest request, each in candidate order.
  @Test func componentsByTheirSmallestRequest() {
    let set = Self.set([(0, 1), (1, 0), (0, 2), (2, 3)])
    #expect(Decomposition.components(of: set, workers: 3, requests: 4) == [[1], [0, 2], [3]])
  }

  /// A worker shared by two requests, and a request shared by two workers,
  /// chain everything into one component.
  @Test func sharedWorkersAndRequestsJoin() {
    let set = Self.set([(0, 0), (1, 1), (0, 1), (2, 1)])
    #expect(Decomposition.components(of: set, workers: 3, requests: 2) == [[0, 1, 2, 3]])
  }

  /// Nodes without a candidate make no component; no candidates, no components.
  @Test func emptyAndIsolated() {
    #expect(Decomposition.components(of: Self.set([]), workers: 2, requests: 2).isEmpty)
    #expect(Decomposition.components(of: Self.set([(1, 1)]), workers: 3, requests: 3) == [[0]])
  }
}
