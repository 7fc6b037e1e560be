import GRDB
import Matcher

/// Builds the `ale-scenario/1` week of a Monday from the register (read only).
///
/// Requests: one-off ones with a window in the week (with all their windows, in the order given),
/// and each occurrence of a recurring one (`ID@DATE`). Workers: the active
/// ones, available by their weekly pattern minus absences plus extras, with
/// `worked` from the ledger before the Monday plus opening balances. Users:
/// the active ones and those of an exported request. History and the week's
/// pins among them. Records are sorted by id, so the same register gives
/// the same bytes.
struct WeekExport {
  let monday: Day
  let rules: RuleSet
  let policy: Policy
  let overrides: (rules: JSONObject, policy: JSONObject)
  /// Ids of the people placed at their commune's centre (distances approximate).
  var approximate: [String] = []
  /// People whose place is unknown: no coordinates and no centre for their postcode.
  var problems: [String] = []

  var days: [Day] { (0..<7).map { monday.adding(days: $0) } }
  var sunday: Day { monday.adding(days: 6) }

  mutating func scenario(_ db: Database) throws -> Scenario {
    let agencies = try AgencyRecord.order(AgencyRecord.Columns.id).fetchAll(db).map(agency)
    let requestsAndUsers = try requests(db)
    let requestUsers = Set(requestsAndUsers.map(\.user))
    let userRecords = try UserRecord.order(UserRecord.Columns.id).fetchAll(db).filter { !$0.archived || requestUsers.contains($0.id) }
    var users: [User] = []
    for record in userRecords { if let user = user(record) { users.append(user) } }
    let userIndex = Dictionary(users.map { ($0.id.rawValue, $0) }, uniquingKeysWith: { first, _ in first })
    let workers = try self.workers(db)
    let workerIDs = Set(workers.map(\.id.rawValue))
    var requests: [Request] = []
    for exported in requestsAndUsers {
      guard let user = userIndex[exported.user] else { continue }
      requests.append(exported.request(user.location, workers: workerIDs))
    }
    let history = try HistoryRecord.order(HistoryRecord.Columns.workerId, HistoryRecord.Columns.userId).fetchAll(db)
      .filter { workerIDs.contains($0.workerId) && userIndex[$0.userId] != nil }
      .map { HistoryPair.make(worker: Worker.ID($0.workerId), user: User.ID($0.userId)) }
    let requestIDs = Set(requests.map(\.id.rawValue))
    let pins = try PinRecord.filter(PinRecord.Columns.week == monday.description).fetchAll(db)
      .filter { requestIDs.contains($0.request) && workerIDs.contains($0.worker) }
      .sorted { ($0.request, $0.worker) < ($1.request, $1.worker) }
      .compactMap { pin -> Pin? in
        guard let date = Day(iso: pin.date), let start = TimeOfDay(pin.start, allowEndOfDay: false) else { return nil }
        return Pin.make(request: Request.ID(pin.request), worker: Worker.ID(pin.worker), date: date, start: start)
      }
    return Scenario(
      id: "office-\(monday)", weekStart: monday, rules: rules, policy: policy, agencies: agencies, workers: workers,
      users: users, requests: requests, history: history, pinned: pins, rejected: [])
  }

  private func agency(_ record: AgencyRecord) -> Agency {
    var byActivity: [Activity.ID: String] = [:]
    for (activity, code) in record.chequeByActivity { byActivity[Activity.ID(activity)] = code }
    let cheques = record.chequeDefault.map { ChequeCodes.make(defaultCode: $0, byActivity: byActivity) }
    let address = PostalAddress(street: record.street, postcode: record.postcode, commune: record.commune).line
    return Agency.make(
      id: Agency.ID(record.id), name: record.name ?? record.id,
      contact: Contact(phone: record.phone, address: address, note: record.note), cheques: cheques)
  }

  /// The person's coordinates, else their commune's centre (noted as approximate), else a problem.
  private mutating func place(_ kind: String, _ id: String, lat: Double?, lon: Double?, postcode: String?, commune: String?) -> GeoPoint? {
    if let lat, let lon { return GeoPoint(lat: lat, lon: lon) }
    if let centre = CommuneCentre.of(postcode: postcode, commune: commune) {
      approximate.append(id)
      return centre
    }
    problems.append("\(kind) \(id): no coordinates, and no commune centre for postcode \(postcode ?? "(none)"): coordinates are required")
    return nil
  }

  private mutating func user(_ record: UserRecord) -> User? {
    guard let location = place("user", record.id, lat: record.lat, lon: record.lon, postcode: record.postcode, commune: record.commune) else { return nil }
    let address = PostalAddress(street: record.street, postcode: record.postcode, commune: record.commune).line
    return User.make(
      id: User.ID(record.id), kind: record.kind, agency: Agency.ID(record.agencyId), location: location,
      contact: Contact(name: record.name, phone: record.phone, address: address, note: record.note))
  }

  /// A request of the week before its user's location is known.
  struct ExportedRequest {
    var record: RequestRecord
    var id: String
    var windows: [TimeSpan]
    var user: String { record.userId }

    /// The scenario request, at `userLocation` unless it has its own place; only `workers` may be preferred or excluded.
    func request(_ userLocation: GeoPoint, workers: Set<String>) -> Request {
      let location = record.lat.flatMap { lat in record.lon.map { GeoPoint(lat: lat, lon: $0) } } ?? userLocation
      return Request(
        id: Request.ID(id), user: User.ID(record.userId), activity: Activity.ID(record.activity), hours: record.hours,
        windows: windows, seats: record.seats, priority: record.priority,
        preferredWorkers: record.preferredWorkers.filter(workers.contains).map { Worker.ID($0) },
        excludedWorkers: record.excludedWorkers.filter(workers.contains).map { Worker.ID($0) },
        location: location)
    }
  }

  private func requests(_ db: Database) throws -> [ExportedRequest] {
    let first = monday.description
    let last = sunday.description
    // A one-off request with a window in the week comes with all its windows: one outside the week
    // makes the planning reject it (window_outside_week, reported), as the same week's file would.
    let inWeek = try RequestWindow
      .filter(RequestWindow.Columns.date >= first && RequestWindow.Columns.date <= last)
      .select(RequestWindow.Columns.requestId, as: String.self).distinct().fetchAll(db)
    let windows = try RequestWindow
      .filter(inWeek.contains(RequestWindow.Columns.requestId))
      .order(RequestWindow.Columns.requestId, Column("id"))
      .fetchAll(db)
    let windowsByRequest = Dictionary(grouping: windows, by: \.requestId)
    let oneOff = try RequestRecord.filter(keys: windowsByRequest.keys.sorted()).fetchAll(db)
    var exported: [ExportedRequest] = []
    for record in oneOff where !record.archived && record.rrule == nil {
      let spans = (windowsByRequest[record.id] ?? []).compactMap(Self.span)
      exported.append(ExportedRequest(record: record, id: record.id, windows: spans))
    }
    let recurring = try RequestRecord.filter(RequestRecord.Columns.rrule != nil && RequestRecord.Columns.archived == false).fetchAll(db)
    let skipped = Set(try RequestExdate.filter(RequestExdate.Columns.date >= first && RequestExdate.Columns.date <= last).fetchAll(db).map { "\($0.requestId)@\($0.date)" })
    for record in recurring {
      guard let text = record.rrule, let rule = try? RecurrenceRule(parsing: text), let start = record.dtstart.flatMap(Day.init(iso:)),
        let from = record.from.flatMap({ TimeOfDay($0, allowEndOfDay: false) }), let to = record.to.flatMap({ TimeOfDay($0, allowEndOfDay: true) })
      else { continue }
      for day in days where rule.occurs(on: day, start: start) {
        let id = "\(record.id)@\(day)"
        if skipped.contains(id) { continue }
        exported.append(ExportedRequest(record: record, id: id, windows: [TimeSpan(date: day, from: from, to: to)]))
      }
    }
    return exported.sorted { $0.id < $1.id }
  }

  static func span(_ window: RequestWindow) -> TimeSpan? {
    guard let date = Day(iso: window.date), let from = TimeOfDay(window.from, allowEndOfDay: false),
      let to = TimeOfDay(window.to, allowEndOfDay: true)
    else { return nil }
    return TimeSpan(date: date, from: from, to: to)
  }

  private mutating func workers(_ db: Database) throws -> [Worker] {
    let records = try WorkerRecord.filter(WorkerRecord.Columns.archived == false).order(WorkerRecord.Columns.id).fetchAll(db)
    let slots = Dictionary(grouping: try WorkerSlot.order(WorkerSlot.Columns.workerId, WorkerSlot.Columns.weekday, WorkerSlot.Columns.from).fetchAll(db), by: \.workerId)
    let absences = Dictionary(grouping: try WorkerAbsence
      .filter(WorkerAbsence.Columns.first <= sunday.description && WorkerAbsence.Columns.last >= monday.description).fetchAll(db), by: \.workerId)
    let extras = Dictionary(grouping: try WorkerExtra
      .filter(WorkerExtra.Columns.date >= monday.description && WorkerExtra.Columns.date <= sunday.description)
      .order(WorkerExtra.Columns.date, Column("from")).fetchAll(db), by: \.workerId)
    let worked = try HoursQuery.workedBefore(monday, years: Set(days.map { $0.components.year }), db)
    var workers: [Worker] = []
    for record in records {
      guard let home = place("worker", record.id, lat: record.lat, lon: record.lon, postcode: record.postcode, commune: record.commune),
        let birth = Day(iso: record.birthDate)
      else { continue }
      let away = absences[record.id] ?? []
      var availability: [TimeSpan] = []
      for day in days where !away.contains(where: { $0.first <= day.description && day.description <= $0.last }) {
        for slot in slots[record.id] ?? [] where slot.weekday == day.weekday {
          if let from = TimeOfDay(slot.from, allowEndOfDay: false), let to = TimeOfDay(slot.to, allowEndOfDay: true) {
            availability.append(TimeSpan(date: day, from: from, to: to))
          }
        }
      }
      for extra in extras[record.id] ?? [] {
        if let date = Day(iso: extra.date), let from = TimeOfDay(extra.from, allowEndOfDay: false), let to = TimeOfDay(extra.to, allowEndOfDay: true) {
          availability.append(TimeSpan(date: date, from: from, to: to))
        }
      }
      availability.sort { ($0.date, $0.from, $0.to) < ($1.date, $1.from, $1.to) }
      let address = PostalAddress(street: record.street, postcode: record.postcode, commune: record.commune).line
      workers.append(Worker.make(
        id: Worker.ID(record.id), agency: Agency.ID(record.agencyId), home: home, birthDate: birth, ris: record.ris,
        unemployedSince: record.unemployedSince.flatMap(Day.init(iso:)), jobSeekerSince: record.jobSeekerSince.flatMap(Day.init(iso:)),
        activities: record.activities.map { Activity.ID($0) }, availability: availability,
        maxDistanceKm: record.maxDistanceKm ?? policy.defaultMaxDistanceKm, maxHoursPerWeek: record.maxHoursPerWeek,
        worked: worked[record.id] ?? [],
        contact: Contact(name: record.name, phone: record.phone, address: address, note: record.note)))
    }
    return workers
  }
}
