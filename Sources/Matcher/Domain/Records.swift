/// A point on Earth in decimal degrees (WGS 84).
public struct GeoPoint: Hashable, Sendable {
  public var lat: Double
  public var lon: Double
  public init(lat: Double, lon: Double) {
    self.lat = lat
    self.lon = lon
  }
}

/// A span of time on one date: a request window or an availability interval.
public struct TimeSpan: Hashable, Sendable {
  public var date: Day
  public var from: TimeOfDay
  public var to: TimeOfDay
  public init(date: Day, from: TimeOfDay, to: TimeOfDay) {
    self.date = date
    self.from = from
    self.to = to
  }
  /// Whether `[start, end)` in minutes lies inside this span on `day`.
  public func contains(day: Day, start: Int, end: Int) -> Bool {
    day == date && from.minutes <= start && end <= to.minutes
  }
}

/// What a person reads about an agency, worker or user: never used by the planning.
///
/// formats.md allows these four strings on agencies, workers and users; reports,
/// route sheets and calendars print them (`address` on one line, as posted).
public struct Contact: Hashable, Sendable {
  public var name: String?
  public var phone: String?
  /// The postal address on one line: "Rue de Fer 12, 5000 Namur".
  public var address: String?
  public var note: String?
  public init(name: String? = nil, phone: String? = nil, address: String? = nil, note: String? = nil) {
    self.name = name
    self.phone = phone
    self.address = address
    self.note = note
  }
  /// The scenario keys of a contact, in formats.md's order.
  public static let keys = ["name", "phone", "address", "note"]
}

/// A Local Employment Agency (ALE).
public struct Agency: Hashable, Sendable {
  public typealias ID = Identifier<Agency>
  public var id: ID
  public var name: String
  /// Phone, address and note (the agency's `name` is required and kept above).
  public var contact = Contact()
  /// The agency's cheque price codes: a default and per-activity exceptions (money reports only).
  public var cheques: ChequeCodes?
}

/// An agency's cheque price codes.
public struct ChequeCodes: Hashable, Sendable {
  public var defaultCode: String
  /// Per-activity codes, sorted by activity id.
  public var byActivity: [Activity.ID: String]
}

/// Hours worked in one month before the planned week, by cap class.
public struct WorkedMonth: Hashable, Sendable {
  public var month: Month
  public var hours: [CapClass: Double]
  public init(month: Month, standard: Double, extended: Double, seasonal: Double) {
    self.month = month
    self.hours = [.standard: standard, .extended: extended, .seasonal: seasonal]
  }
  public subscript(_ capClass: CapClass) -> Double { hours[capClass] ?? 0 }
}

/// A job seeker registered at an ALE who may do small jobs.
public struct Worker: Hashable, Sendable {
  public typealias ID = Identifier<Worker>
  public var id: ID
  public var agency: Agency.ID
  public var home: GeoPoint
  public var birthDate: Day
  /// On social integration income (RIS), paid through the CPAS.
  public var ris: Bool
  /// Start of the unemployment allowance, the eligibility basis when not RIS.
  public var unemployedSince: Day?
  /// Registration as an unemployed job seeker (optional; the 12-month path of domain.md).
  public var jobSeekerSince: Day? = nil
  /// Activities the agency authorised this worker for.
  public var activities: [Activity.ID]
  public var availability: [TimeSpan]
  /// One-way road km this worker accepts (policy default when absent in the scenario).
  public var maxDistanceKm: Double
  public var maxHoursPerWeek: Double?
  /// Months worked before the week, sorted by month.
  public var worked: [WorkedMonth]
  /// Name, phone, address and note, for the people who read the plan.
  public var contact = Contact()

  /// Hours of `capClass` worked in `month` before the week.
  public func workedHours(in month: Month, _ capClass: CapClass) -> Double {
    worked.first(where: { $0.month == month })?[capClass] ?? 0
  }
}

/// A household, school, association, commune or farm that needs jobs done.
public struct User: Hashable, Sendable {
  public typealias ID = Identifier<User>
  public var id: ID
  /// `private`, `school`, `nonprofit`, `local_authority`, `agriculture`, `horticulture`, or another kind (then no activity allows it).
  public var kind: String
  public var agency: Agency.ID
  public var location: GeoPoint
  /// Name, phone, address and note, for the people who read the plan.
  public var contact = Contact()
}

/// A job asked for: one contiguous block of `hours` in one of its windows, for `seats` workers.
public struct Request: Hashable, Sendable {
  public typealias ID = Identifier<Request>
  public var id: ID
  public var user: User.ID
  public var activity: Activity.ID
  /// Length of the block in minutes.
  public var minutes: Int
  /// Length of the block in hours, as written in the scenario.
  public var hours: Double
  public var windows: [TimeSpan]
  /// Number of distinct workers wanted (`workers` in the scenario).
  public var seats: Int
  /// 1 (default) to 5: weight of this request's hours in the coverage.
  public var priority: Int
  public var preferredWorkers: [Worker.ID]
  public var excludedWorkers: [Worker.ID]
  /// Where the job is done (the user's location unless given).
  public var location: GeoPoint
}

/// A past (worker, user) pair: continuity is valued.
public struct HistoryPair: Hashable, Sendable {
  public var worker: Worker.ID
  public var user: User.ID
}

/// An assignment fixed by the collaborator.
public struct Pin: Hashable, Sendable {
  public var request: Request.ID
  public var worker: Worker.ID
  public var date: Day
  public var start: TimeOfDay
}

/// Why a well-formed record takes no part in the planning.
public enum RejectionReason: String, Hashable, Sendable, CaseIterable {
  case ineligible
  case unknownActivity = "unknown_activity"
  case activityNotAllowed = "activity_not_allowed"
  case windowOutsideWeek = "window_outside_week"
  case badDuration = "bad_duration"
}

/// A record left out of the planning, for the plan's `rejected` section.
public struct Rejection: Hashable, Sendable, Comparable {
  public enum Kind: String, Hashable, Sendable, Comparable {
    case request, worker
    public static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }
  }
  public var kind: Kind
  public var id: String
  public var reason: RejectionReason
  /// A sentence for the collaborator: "unemployed for 11 months, needs 24 under age 45".
  public var message: String

  public init(kind: Kind, id: String, reason: RejectionReason, message: String) {
    self.kind = kind
    self.id = id
    self.reason = reason
    self.message = message
  }

  /// Sorted by kind (`request` before `worker`), then id.
  public static func < (lhs: Rejection, rhs: Rejection) -> Bool { (lhs.kind, lhs.id) < (rhs.kind, rhs.id) }
}
