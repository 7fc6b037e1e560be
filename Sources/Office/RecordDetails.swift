/// A worker with the rows that belong to them: weekly pattern, absences, extra availability.
public struct WorkerDetail: Hashable, Sendable {
  public var worker: WorkerRecord
  public var slots: [WorkerSlot]
  public var absences: [WorkerAbsence]
  public var extras: [WorkerExtra]

  /// A record with these fields (ids and dates as the register stores them).
  public init(worker: WorkerRecord, slots: [WorkerSlot] = [], absences: [WorkerAbsence] = [], extras: [WorkerExtra] = []) {
    self.worker = worker
    self.slots = slots
    self.absences = absences
    self.extras = extras
  }
}

/// A user with the activities the agency authorised them for.
public struct UserDetail: Hashable, Sendable {
  public var user: UserRecord
  public var activities: [UserActivity]

  /// A record with these fields (ids and dates as the register stores them).
  public init(user: UserRecord, activities: [UserActivity] = []) {
    self.user = user
    self.activities = activities
  }
}

/// A request with its dated windows (one-off) or skipped dates (recurring).
public struct RequestDetail: Hashable, Sendable {
  public var request: RequestRecord
  public var windows: [RequestWindow]
  public var exdates: [RequestExdate]

  /// A record with these fields (ids and dates as the register stores them).
  public init(request: RequestRecord, windows: [RequestWindow] = [], exdates: [RequestExdate] = []) {
    self.request = request
    self.windows = windows
    self.exdates = exdates
  }
}

/// What `removeWorker` / `removeUser` did: a record with history or hours is archived, never deleted.
public enum Removal: String, Sendable {
  case deleted, archived
}
