import Office

/// A register record with a person's contact fields: workers and users share them, and so do their forms.
protocol PersonRecord {
  var name: String? { get set }
  var phone: String? { get set }
  var street: String? { get set }
  var postcode: String? { get set }
  var commune: String? { get set }
  var note: String? { get set }
  var lat: Double? { get set }
  var lon: Double? { get set }
}

extension WorkerRecord: PersonRecord {}
extension UserRecord: PersonRecord {}

extension PersonRecord {
  /// Reads the contact fields of a posted form into the record (problems gathered by `reader`).
  mutating func readContact(_ reader: inout FormReader) {
    name = reader.text("name")
    phone = reader.text("phone")
    street = reader.text("street")
    postcode = reader.text("postcode")
    commune = reader.text("commune")
    note = reader.text("note")
    lat = reader.number("lat", in: -90...90)
    lon = reader.number("lon", in: -180...180)
  }

  /// The contact fields of the form: phone, address, coordinates (the name and note are placed by each form).
  func contactFields(_ language: WebLanguage) -> [FormField] {
    let l = { (key: String) in WebLabels.text(key, language) }
    return [
      .text("phone", l("phone"), phone, type: "tel"), .text("street", l("address"), street), .text("postcode", l("postcode"), postcode),
      .text("commune", l("commune"), commune), .text("lat", l("lat"), lat.map { String($0) }, type: "number", step: "any"),
      .text("lon", l("lon"), lon.map { String($0) }, type: "number", step: "any"),
    ]
  }

  /// Sets name, phone and a street address in `commune` (`postcode`).
  mutating func setContact(name: String, phone: String, street: String, postcode: String, commune: String) {
    self.name = name
    self.phone = phone
    self.street = street
    self.postcode = postcode
    self.commune = commune
  }
}
