/// How many papers may be in flight (being analysed, or analysed and waiting for the
/// commit) at once. Analysed papers are held in memory, and a paper's reading takes about
/// 25 times its text, so the bound is on bytes as well as on papers: a burst of small
/// papers fills a batch of 64, a burst of Plenarprotokolle of a megabyte each stays at
/// `2 × workers`, as many as the daemon held before it batched.
struct FlightBudget {
  /// Papers in flight at most.
  var papers = 64
  /// File bytes in flight at most, once `floor` papers are in flight.
  var bytes: Int64 = 2 << 20
  /// Papers always allowed in flight whatever their size (`2 × workers`), so that every
  /// worker has work and a paper larger than the byte budget still goes through.
  var floor: Int

  init(workers: Int) {
    floor = max(1, workers * 2)
    papers = max(papers, floor)
  }

  /// Whether one more paper may be handed to the workers.
  func admits(papers inFlight: Int, bytes inFlightBytes: Int64) -> Bool {
    inFlight < floor || (inFlight < papers && inFlightBytes < bytes)
  }
}
