/// Splits the candidates into independent components.
///
/// Workers and requests are the nodes, candidates the edges; two candidates
/// are in one component when they share a worker or a request, directly or
/// through others. No row of the model spans two components, so each is
/// solved on its own (one per agency at least when `sameAgencyOnly`).
/// Components are ordered by their smallest request index, so the split is
/// the same on every run.
/// - Complexity: O(n α(n)) with union-find.
enum Decomposition {
  /// Candidate indices of each component, each list in candidate order.
  static func components(of set: CandidateSet, workers: Int, requests: Int) -> [[Int]] {
    var parent = Array(0..<(workers + requests))
    func find(_ x: Int) -> Int {
      var root = x
      while parent[root] != root { root = parent[root] }
      var node = x
      while parent[node] != root {
        let next = parent[node]
        parent[node] = root
        node = next
      }
      return root
    }
    for i in 0..<set.count {
      let a = find(Int(set.worker[i]))
      let b = find(workers + Int(set.request[i]))
      if a != b { parent[max(a, b)] = min(a, b) }
    }
    var groups = [[Int]](repeating: [], count: parent.count)
    var firstRequest = [Int](repeating: .max, count: parent.count)
    for i in 0..<set.count {
      let root = find(Int(set.worker[i]))
      groups[root].append(i)
      firstRequest[root] = min(firstRequest[root], Int(set.request[i]))
    }
    return groups.indices.filter { !groups[$0].isEmpty }.sorted { (firstRequest[$0], $0) < (firstRequest[$1], $1) }.map { groups[$0] }
  }
}
