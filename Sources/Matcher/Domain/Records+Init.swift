/// Public makers of the scenario records, for programs that build a week
/// themselves (the office register) rather than decode one.
///
/// Named `make` because the synthesized memberwise initialisers are internal
/// and cannot be redeclared public. They take the records as `Scenario`
/// holds them, already resolved (a worker's distance limit, a request's
/// location): the caller checks them by writing the week and loading it back
/// (`Scenario.load`).
extension Agency {
  public static func make(id: ID, name: String, contact: Contact = Contact(), cheques: ChequeCodes? = nil) -> Agency {
    Agency(id: id, name: name, contact: contact, cheques: cheques)
  }
}

extension ChequeCodes {
  public static func make(defaultCode: String, byActivity: [Activity.ID: String]) -> ChequeCodes {
    ChequeCodes(defaultCode: defaultCode, byActivity: byActivity)
  }
}

extension Worker {
  public static func make(
    id: ID, agency: Agency.ID, home: GeoPoint, birthDate: Day, ris: Bool, unemployedSince: Day?,
    jobSeekerSince: Day?, activities: [Activity.ID], availability: [TimeSpan], maxDistanceKm: Double,
    maxHoursPerWeek: Double?, worked: [WorkedMonth], contact: Contact = Contact()
  ) -> Worker {
    Worker(id: id, agency: agency, home: home, birthDate: birthDate, ris: ris, unemployedSince: unemployedSince, jobSeekerSince: jobSeekerSince, activities: activities, availability: availability, maxDistanceKm: maxDistanceKm, maxHoursPerWeek: maxHoursPerWeek, worked: worked, contact: contact)
  }
}

extension User {
  public static func make(id: ID, kind: String, agency: Agency.ID, location: GeoPoint, contact: Contact = Contact()) -> User {
    User(id: id, kind: kind, agency: agency, location: location, contact: contact)
  }
}

extension Request {
  /// A request of `hours` (a whole number of minutes) in one of `windows`.
  public init(
    id: ID, user: User.ID, activity: Activity.ID, hours: Double, windows: [TimeSpan], seats: Int, priority: Int,
    preferredWorkers: [Worker.ID], excludedWorkers: [Worker.ID], location: GeoPoint
  ) {
    self.id = id
    self.user = user
    self.activity = activity
    self.hours = hours
    self.minutes = Int((hours * 60).rounded())
    self.windows = windows
    self.seats = seats
    self.priority = priority
    self.preferredWorkers = preferredWorkers
    self.excludedWorkers = excludedWorkers
    self.location = location
  }
}

extension HistoryPair {
  public static func make(worker: Worker.ID, user: User.ID) -> HistoryPair {
    HistoryPair(worker: worker, user: user)
  }
}

extension Pin {
  public static func make(request: Request.ID, worker: Worker.ID, date: Day, start: TimeOfDay) -> Pin {
    Pin(request: request, worker: worker, date: date, start: start)
  }
}
