/// Why a request is seated as it is: its status in the plan, then every
/// eligible worker with the first rule that stops them (`match-cli explain --request`).
package struct RequestExplanation: Hashable, Sendable {
  /// The request's place in the plan.
  package enum Status: Hashable, Sendable {
    /// Left out of the planning (the plan's `rejected` section).
    case rejected(RejectionReason, message: String)
    /// Every seat filled, by these assignments.
    case seated([Plan.Assignment])
    /// Some seats empty: the assignments it has, how many are missing, and the plan's reason codes.
    case short(seated: [Plan.Assignment], missing: Int, reasons: [UnassignedReason])
  }

  /// The first rule, in funnel order, that keeps one worker off the request.
  package enum Verdict: Hashable, Sendable {
    /// The worker does not hold the activity.
    case notAuthorised
    /// `sameAgencyOnly`, and the worker's agency is not the user's.
    case otherAgency(worker: Agency.ID, user: Agency.ID?)
    /// One-way road km beyond the worker's maximum.
    case tooFar(km: Double, maxKm: Double)
    /// No start on the grid lies inside one window and one of their availability intervals.
    case noCommonTime
    /// The block alone would break a cap (worked hours before the week count).
    case cap(CapRoom)
    /// The block alone is longer than their `maxHoursPerWeek`.
    case weeklyMaximum(CapRoom)
    /// The request's user excluded the worker.
    case excluded
    /// The worker already holds a seat of this request.
    case seatedHere(Plan.Assignment)
    /// Fits alone, but every fitting start clashes (overlap or minimum gap) with these assignments of the plan;
    /// `leastValue`: the least any one start would displace, in priority × hours (coverage's weight).
    case takenByTime([Plan.Assignment], leastValue: Double)
    /// Fits alone, but with the plan's other hours it would break this cap.
    case takenByCap(CapRoom)
    /// Fits alone, but with the plan's other hours it would pass their weekly maximum.
    case takenByWeeklyMaximum(CapRoom)
    /// Could take a seat at this start; not chosen because the seats are filled by
    /// `seatsFilledBy` (empty: a seat is still open, the plan is not maximal).
    case couldTake(date: Day, start: TimeOfDay, seatsFilledBy: [Worker.ID])

    /// A stable code for scripts and tests: `not_authorised`, `other_agency`, `too_far`,
    /// `no_common_time`, `cap`, `weekly_maximum`, `excluded`, `seated_here`, `taken`, `could_take`.
    package var code: String {
      switch self {
      case .notAuthorised: "not_authorised"
      case .otherAgency: "other_agency"
      case .tooFar: "too_far"
      case .noCommonTime: "no_common_time"
      case .cap: "cap"
      case .weeklyMaximum: "weekly_maximum"
      case .excluded: "excluded"
      case .seatedHere: "seated_here"
      case .takenByTime, .takenByCap, .takenByWeeklyMaximum: "taken"
      case .couldTake: "could_take"
      }
    }
  }

  /// One eligible worker and what keeps them off (or on) the request.
  package struct Candidate: Hashable, Sendable {
    package var worker: Worker.ID
    package var verdict: Verdict
  }

  package var request: Request
  package var status: Status
  /// Every eligible worker, sorted by id (empty for a rejected request).
  package var candidates: [Candidate]

  /// The verdict for one worker, if they are eligible.
  package func verdict(for worker: Worker.ID) -> Verdict? { candidates.first { $0.worker == worker }?.verdict }

  /// The explanation as lines for a terminal, each ending in `\n`.
  package func text(_ language: PlanReport.Language, scenario: Scenario) -> String {
    let words = Wording(language)
    let labels = words.labels
    var lines: [String] = []
    let activity = labels.activity(request.activity, rules: scenario.rules)
    lines.append(words.pick(
      "Demande \(request.id) — \(activity) pour \(scenario.displayName(of: request.user)), \(labels.hours(request.hours)), \(request.seats) place\(request.seats == 1 ? "" : "s"), priorité \(request.priority)",
      "Request \(request.id) — \(activity) for \(scenario.displayName(of: request.user)), \(labels.hours(request.hours)), \(request.seats) seat\(request.seats == 1 ? "" : "s"), priority \(request.priority)"))
    switch status {
    case .rejected(let reason, let message):
      let detail = labels.detail(Rejection(kind: .request, id: request.id.rawValue, reason: reason, message: message), scenario: scenario)
      lines.append(words.pick("Écartée du planning : ", "Left out of the planning: ") + "\(reason.rawValue) — \(labels.sentence(reason)) (\(detail))")
    case .seated(let assignments):
      lines.append(words.pick("Placée : ", "Seated: ") + assignments.map { "\(scenario.displayName(of: $0.worker)) \(words.when($0))" }.joined(separator: "; "))
    case .short(let seated, let missing, let reasons):
      if !seated.isEmpty {
        lines.append(words.pick("Placée en partie : ", "Partly seated: ") + seated.map { "\(scenario.displayName(of: $0.worker)) \(words.when($0))" }.joined(separator: "; "))
      }
      let why = reasons.map { "\($0.rawValue) — \(labels.sentence($0))" }.joined(separator: "; ")
      lines.append(words.pick("Non couverte : \(missing) place\(missing == 1 ? "" : "s") manquante\(missing == 1 ? "" : "s")", "Not covered: \(missing) seat\(missing == 1 ? "" : "s") missing") + (why.isEmpty ? "" : " — " + why))
    }
    if !candidates.isEmpty {
      lines.append(words.pick("Travailleurs (première règle qui les arrête, dans l'ordre de l'entonnoir) :", "Workers (the first rule that stops them, in funnel order):"))
      for candidate in candidates {
        lines.append("  \(candidate.worker)\(words.colon)\(words.sentence(candidate.verdict, request: request, scenario: scenario))")
      }
    }
    return lines.map { $0 + "\n" }.joined()
  }
}
