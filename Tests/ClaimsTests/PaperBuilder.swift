import DocumentModel
import TextIngest

@testable import Claims

/// Small question and answer papers in the layout pdftotext gives NRW papers, for string tests.
enum PaperBuilder {
  static func question(preamble: String, questions: [String], number: Int = 9001) throws -> Document
  {
    var text = """
      LANDTAG NORDRHEIN-WESTFALEN 
      16. Wahlperiode 

      Drucksache 16/\(number) 

      01.03.2013 

      Kleine Anfrage 3001 

      der Abgeordneten Max Muster   CDU 

      Dorfläden im ländlichen Raum 

      Vorbemerkung der Kleinen Anfrage 

      \(preamble) 

      Ich frage daher die Landesregierung: 


      """
    for (i, q) in questions.enumerated() { text += "\(i + 1). \(q) \n\n" }
    text += "\nMax Muster \n"
    return try read(text, "question.txt")
  }

  static func answer(
    preamble: String, questions: [String], government: String?, answers: [String],
    number: Int = 9001
  ) throws -> Document {
    var text = """
      LANDTAG NORDRHEIN-WESTFALEN 
      16. Wahlperiode 

      Drucksache 16/\(number + 100) 

      05.04.2013 

      Antwort 

      der Landesregierung 

      auf die Kleine Anfrage 3001 vom 1. März 2013 
      der Abgeordneten Max Muster   CDU 
      Drucksache 16/\(number) 

      Dorfläden im ländlichen Raum 

      Der Minister für Wirtschaft hat die Kleine Anfrage 3001 mit Schreiben vom 4. April 2013 namens der Landesregierung beantwortet. 

      Vorbemerkung der Kleinen Anfrage 

      \(preamble) 


      """
    if let government { text += "Vorbemerkung der Landesregierung \n\n\(government) \n\n\n" }
    for (i, q) in questions.enumerated() {
      text += "\(i + 1). \(q) \n\n\(i < answers.count ? answers[i] : "") \n\n\n"
    }
    return try read(text, "answer.txt")
  }

  /// A paper of running text (a report, a Vorlage) with a date.
  static func report(_ body: String, number: String, date: String) throws -> Document {
    let text = """
      LANDTAG NORDRHEIN-WESTFALEN 
      16. Wahlperiode 

      Vorlage 16/\(number) 

      \(date) 

      Bericht der Landesregierung 

      Dorfläden im ländlichen Raum 

      \(body) 

      """
    return try read(text, "vorlage-\(number).txt")
  }

  static func read(_ text: String, _ path: String) throws -> Document {
    try TextPaperReader.read(Array(text.utf8), path: path)
  }

  /// Corrections of a one-question exchange.
  static func corrections(
    preamble: String, question: String = "Wie viele Dorfläden gibt es in Nordrhein-Westfalen?",
    government: String? = nil, answer: String
  ) throws -> [Correction] {
    let q = try PaperBuilder.question(preamble: preamble, questions: [question])
    let a = try PaperBuilder.answer(
      preamble: preamble, questions: [question], government: government, answers: [answer])
    return CorrectionDetector().corrections(question: q, answer: a)
  }
}
