import Foundation
import Office

/// The demo agency: a register made from the bundled week, for a first look at the app.
///
/// It keeps the bundled week's dates (the week of 2026-11-23) rather than moving
/// them to the current week, so that the demo plans the same way every day and
/// its screenshots stay true; the app opens on that week (the register's first).
public enum DemoRegister {
  /// Creates the register at `path` (which must not exist) with the bundled week imported; the file is readable by its owner only.
  public static func create(at path: String) throws -> OfficeDatabase {
    let previous = umask(0o077)
    defer { umask(previous) }
    let office = try OfficeDatabase(path: path)
    try office.importScenario(Array((DemoScenario.json + "\n").utf8), by: "demo")
    try addContacts(to: office)
    return office
  }

  /// Invented names, phones and street addresses (all in 5000 Namur) for the bundled week's people,
  /// kept as the register keeps them (street, postcode and commune apart): the route sheets and
  /// the grid then read as they would in an office.
  static let contacts: [(id: String, name: String, phone: String, street: String)] = [
    ("w-anne", "Anne Lejeune", "0470 11 22 01", "Rue de Bruxelles 14"),
    ("w-bruno", "Bruno Collard", "0470 11 22 02", "Avenue Cardinal Mercier 5"),
    ("w-chloe", "Chloé Dumont", "0470 11 22 03", "Rue Saint-Nicolas 40"),
    ("w-david", "David Mertens", "0470 11 22 04", "Chaussée de Louvain 210"),
    ("w-emma", "Emma Piron", "0470 11 22 05", "Rue des Carmes 9"),
    ("u-biblio", "Bibliothèque communale", "081 24 64 40", "Rue Lelièvre 1"),
    ("u-dubois", "Famille Dubois", "081 22 10 01", "Rue de Gembloux 77"),
    ("u-ecole", "École communale du Centre", "081 22 10 02", "Rue du Lombard 12"),
    ("u-lambert", "Mme Lambert", "081 22 10 03", "Rue de Dave 150"),
    ("u-martin", "M. Martin", "081 22 10 04", "Rue de Namur 3"),
    ("u-petit", "Mme Petit", "081 22 10 05", "Route de Saint-Gérard 18"),
  ]

  static func addContacts(to office: OfficeDatabase) throws {
    for person in contacts {
      if var detail = try office.worker(id: person.id) {
        detail.worker.setContact(name: person.name, phone: person.phone, street: person.street, postcode: "5000", commune: "Namur")
        try office.saveWorker(detail, by: "demo")
      } else if var detail = try office.user(id: person.id) {
        detail.user.setContact(name: person.name, phone: person.phone, street: person.street, postcode: "5000", commune: "Namur")
        try office.saveUser(detail, by: "demo")
      }
    }
  }
}
