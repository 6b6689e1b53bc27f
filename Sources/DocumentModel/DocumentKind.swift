/// What a paper is, as its title block says.
public enum DocumentKind: String, Codable, Sendable, CaseIterable {
  case antwort
  case kleineAnfrage = "kleine-anfrage"
  case grosseAnfrage = "grosse-anfrage"
  case antrag
  case entschliessungsantrag
  case gesetzentwurf
  case beschlussempfehlung
  case unterrichtung
  case bericht
  case vorlage
  case stellungnahme
  case information
  case plenarprotokoll
  case beschlussprotokoll
  case ausschussprotokoll
  case pressemitteilung
  case unknown
}
