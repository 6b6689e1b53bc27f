import Pipeline
import Testing

@Test(arguments: [
  "16_850.txt", "Drucksache 16-1087.xml", "MMD16-850.pdf.txt", "antwort", "plpr20001.xml",
  "a~b.txt", "bericht.partei.txt",
])
func papersAreCandidates(name: String) {
  #expect(InboxFilter.isCandidate(name: name))
}

@Test(arguments: [
  "", ".hidden.txt", ".DS_Store", "._16_850.txt", ".16_850.txt.Xy12Ab", "~$antwort.docx",
  "16_850.txt.part", "16_850.TXT.PART", "download.partial", "x.tmp", "x.crdownload",
  "x.download", "antwort.txt~", "Thumbs.db", "thumbs.db", "desktop.ini", "Desktop.ini",
  "README.md", "nw_16_850.expected.json", "x.txt.reason", "fundstelle.sqlite",
  "fundstelle.sqlite-wal",
])
func temporaryFilesAndClutterAreNot(name: String) {
  #expect(!InboxFilter.isCandidate(name: name))
}

@Test func hiddenDirectoriesAreNotWatched() {
  #expect(InboxFilter.isWatchedDirectory(name: "2012"))
  #expect(!InboxFilter.isWatchedDirectory(name: ".git"))
  #expect(!InboxFilter.isWatchedDirectory(name: ".Trash-1000"))
}
