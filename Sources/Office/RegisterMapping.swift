import Matcher

/// Scenario records as register rows (the import direction).
enum RegisterMapping {
  static func record(_ agency: Agency) -> AgencyRecord {
    let address = agency.contact.address.map(PostalAddress.init(line:))
    var byActivity: [String: String] = [:]
    for (activity, code) in agency.cheques?.byActivity ?? [:] { byActivity[activity.rawValue] = code }
    return AgencyRecord(
      id: agency.id.rawValue, name: agency.name, phone: agency.contact.phone, street: address?.street,
      postcode: address?.postcode, commune: address?.commune, note: agency.contact.note,
      chequeDefault: agency.cheques?.defaultCode, chequeByActivity: byActivity)
  }

  static func record(_ worker: Worker) -> WorkerRecord {
    let address = worker.contact.address.map(PostalAddress.init(line:))
    return WorkerRecord(
      id: worker.id.rawValue, agencyId: worker.agency.rawValue, name: worker.contact.name, phone: worker.contact.phone,
      street: address?.street, postcode: address?.postcode, commune: address?.commune, note: worker.contact.note,
      lat: worker.home.lat, lon: worker.home.lon, birthDate: worker.birthDate.description, ris: worker.ris,
      unemployedSince: worker.unemployedSince?.description, jobSeekerSince: worker.jobSeekerSince?.description,
      activities: worker.activities.map(\.rawValue), maxDistanceKm: worker.maxDistanceKm,
      maxHoursPerWeek: worker.maxHoursPerWeek)
  }

  /// The worker's dated availability as a weekly pattern: each interval on its date's weekday.
  static func slots(_ worker: Worker) -> [WorkerSlot] {
    worker.availability.map {
      WorkerSlot(workerId: worker.id.rawValue, weekday: $0.date.weekday, from: $0.from.description, to: $0.to.description)
    }
  }

  static func record(_ user: User) -> UserRecord {
    let address = user.contact.address.map(PostalAddress.init(line:))
    return UserRecord(
      id: user.id.rawValue, agencyId: user.agency.rawValue, kind: user.kind, name: user.contact.name,
      phone: user.contact.phone, street: address?.street, postcode: address?.postcode, commune: address?.commune,
      note: user.contact.note, lat: user.location.lat, lon: user.location.lon)
  }

  /// A one-off request; its location is kept only when it is not the user's.
  static func record(_ request: Request, user: User?) -> RequestRecord {
    let own = user.map { $0.location != request.location } ?? true
    return RequestRecord(
      id: request.id.rawValue, userId: request.user.rawValue, activity: request.activity.rawValue, hours: request.hours,
      seats: request.seats, priority: request.priority, lat: own ? request.location.lat : nil,
      lon: own ? request.location.lon : nil, preferredWorkers: request.preferredWorkers.map(\.rawValue),
      excludedWorkers: request.excludedWorkers.map(\.rawValue))
  }
}
