/// The bundled demo week (`scenarios/small-week.json`), compiled in so that `match-cli serve`
/// can make a demo register with no file beside the binary. A test checks it is the file's exact bytes.
enum DemoScenario {
  static let json = #"""
{
  "format": "ale-scenario/1",
  "id": "namur-2026-w48-small",
  "weekStart": "2026-11-23",
  "agencies": [
    { "id": "ale-namur", "name": "ALE de Namur", "cheques": { "default": "TH" } }
  ],
  "workers": [
    {
      "id": "w-anne", "name": "Anne Lefèvre", "phone": "0470 11 22 33",
      "agency": "ale-namur",
      "home": { "lat": 50.4840, "lon": 4.8317 },
      "birthDate": "1988-03-14",
      "ris": true,
      "activities": ["gardening", "odd_jobs", "elderly_companionship"],
      "availability": [ { "date": "2026-11-24", "from": "07:00", "to": "13:00" } ],
      "worked": [ { "month": "2026-11", "standard": 6, "extended": 10, "seasonal": 0 } ]
    },
    {
      "id": "w-bruno", "name": "Bruno Marchal", "phone": "0471 22 33 44",
      "agency": "ale-namur",
      "home": { "lat": 50.4705, "lon": 4.8599 },
      "birthDate": "1974-06-20",
      "ris": false,
      "unemployedSince": "2023-02-01",
      "activities": ["school_care", "library_help"],
      "availability": [
        { "date": "2026-11-25", "from": "07:00", "to": "09:00" },
        { "date": "2026-11-26", "from": "13:00", "to": "17:00" }
      ],
      "maxHoursPerWeek": 10
    },
    {
      "id": "w-chloe", "name": "Chloé Renard", "phone": "0472 33 44 55",
      "agency": "ale-namur",
      "home": { "lat": 50.4480, "lon": 4.8176 },
      "birthDate": "1992-11-23",
      "ris": false,
      "unemployedSince": "2024-09-01",
      "activities": ["school_care", "elderly_companionship", "library_help"],
      "availability": [
        { "date": "2026-11-25", "from": "07:00", "to": "09:00" },
        { "date": "2026-11-26", "from": "13:00", "to": "17:00" },
        { "date": "2026-11-27", "from": "09:00", "to": "12:00" }
      ]
    },
    {
      "id": "w-david", "name": "David Collard", "phone": "0473 44 55 66",
      "agency": "ale-namur",
      "home": { "lat": 50.4300, "lon": 4.9235 },
      "birthDate": "1980-09-02",
      "ris": true,
      "activities": ["school_care", "elderly_companionship"],
      "availability": [
        { "date": "2026-11-25", "from": "07:00", "to": "09:00" },
        { "date": "2026-11-27", "from": "09:00", "to": "12:00" }
      ]
    },
    {
      "id": "w-emma", "name": "Emma Jacquet", "phone": "0474 55 66 77",
      "agency": "ale-namur",
      "home": { "lat": 50.4615, "lon": 4.8741 },
      "birthDate": "1999-05-10",
      "ris": false,
      "unemployedSince": "2026-01-05",
      "activities": ["school_care", "library_help"],
      "availability": [
        { "date": "2026-11-25", "from": "07:00", "to": "09:00" },
        { "date": "2026-11-26", "from": "13:00", "to": "17:00" }
      ]
    }
  ],
  "users": [
    { "id": "u-biblio", "name": "Bibliothèque communale", "phone": "081 24 64 40", "address": "Rue de Fer 40, 5000 Namur", "kind": "local_authority", "agency": "ale-namur", "location": { "lat": 50.4687, "lon": 4.8670 } },
    { "id": "u-dubois", "name": "Mme Dubois", "phone": "081 22 10 01", "address": "Rue des Tanneries 3, 5000 Namur", "kind": "private", "agency": "ale-namur", "location": { "lat": 50.4768, "lon": 4.8416 } },
    { "id": "u-ecole", "name": "École communale de Salzinnes", "phone": "081 73 00 12", "address": "Rue Henri Lecocq 2, 5000 Namur", "note": "Entrée par la cour, côté rue Lecocq", "kind": "school", "agency": "ale-namur", "location": { "lat": 50.4615, "lon": 4.8458 } },
    { "id": "u-lambert", "name": "M. Lambert", "phone": "081 21 45 67", "address": "Rue de Bomel 112, 5000 Namur", "note": "Sonner deux fois", "kind": "private", "agency": "ale-namur", "location": { "lat": 50.4552, "lon": 4.8882 } },
    { "id": "u-martin", "name": "Famille Martin", "phone": "081 20 98 76", "address": "Rue du Bois 8, 5020 Vedrin", "kind": "private", "agency": "ale-namur", "location": { "lat": 50.4822, "lon": 4.9094 } },
    { "id": "u-petit", "name": "Mme Petit", "phone": "081 30 12 34", "address": "Rue de Dave 45, 5100 Jambes", "kind": "private", "agency": "ale-namur", "location": { "lat": 50.4390, "lon": 4.9023 } }
  ],
  "requests": [
    {
      "id": "r-01", "user": "u-lambert", "activity": "elderly_companionship", "hours": 1, "priority": 3,
      "windows": [ { "date": "2026-11-24", "from": "09:00", "to": "10:00" } ]
    },
    {
      "id": "r-02", "user": "u-dubois", "activity": "gardening", "hours": 2,
      "windows": [ { "date": "2026-11-24", "from": "07:00", "to": "09:00" } ]
    },
    {
      "id": "r-03", "user": "u-martin", "activity": "odd_jobs", "hours": 2,
      "windows": [ { "date": "2026-11-24", "from": "10:00", "to": "12:00" } ]
    },
    {
      "id": "r-04", "user": "u-ecole", "activity": "school_care", "hours": 1.5, "workers": 2, "priority": 2,
      "windows": [ { "date": "2026-11-25", "from": "07:00", "to": "08:30" } ]
    },
    {
      "id": "r-05", "user": "u-petit", "activity": "elderly_companionship", "hours": 2,
      "windows": [ { "date": "2026-11-27", "from": "09:00", "to": "11:00" } ],
      "preferredWorkers": ["w-david"]
    },
    {
      "id": "r-06", "user": "u-biblio", "activity": "library_help", "hours": 3,
      "windows": [ { "date": "2026-11-26", "from": "13:30", "to": "16:30" } ]
    },
    {
      "id": "r-07", "user": "u-martin", "activity": "odd_jobs", "hours": 2,
      "windows": [ { "date": "2026-11-28", "from": "10:00", "to": "12:00" } ]
    },
    {
      "id": "r-08", "user": "u-ecole", "activity": "gardening", "hours": 2,
      "windows": [ { "date": "2026-11-27", "from": "14:00", "to": "16:00" } ]
    }
  ],
  "history": [
    { "worker": "w-anne", "user": "u-dubois" },
    { "worker": "w-bruno", "user": "u-ecole" }
  ]
}
"""#
}
