/// A group of activities an agency tends to authorise together, because
/// they need the same know-how (garden and outdoor work, care, school, ...).
///
/// A worker holds one to three families; within a family each activity is
/// authorised with probability 0.7 (at least one), see docs/generator.md.
enum SkillFamily: Int, CaseIterable {
  case gardenOutdoor, care, school, office, eventsCleaning, farm

  /// The family's activity ids (an id may sit in two families).
  var activities: [String] {
    switch self {
    case .gardenOutdoor: ["gardening", "odd_jobs", "sports_grounds", "environment", "neighbourhood"]
    case .care: ["childcare", "elderly_companionship", "pet_care", "social_support"]
    case .school: ["school_care", "extracurricular_help", "child_escort", "school_bus_escort", "school_traffic"]
    case .office: ["admin_help", "office_work", "library_help"]
    case .eventsCleaning: ["event_help", "premises_cleaning", "prevention_safety"]
    case .farm: ["farm_seasonal", "horticulture", "gardening"]
    }
  }

  /// Relative share of workers holding the family (close to its share of demanded hours).
  var weight: Double {
    switch self {
    case .gardenOutdoor: 28
    case .care: 26
    case .school: 17
    case .office: 10
    case .eventsCleaning: 12
    case .farm: 7
    }
  }
}
