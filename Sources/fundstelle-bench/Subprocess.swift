import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A child process run to completion, with its wall time and peak resident set size.
struct ChildResult {
  var status: Int32
  var seconds: Double
  /// Peak RSS of the child in bytes (`ru_maxrss` from `wait4`).
  var peakRSS: Int
  /// User plus system CPU seconds of the child: on a loaded machine, the figure that does
  /// not depend on how much of the CPU the other processes left.
  var cpuSeconds: Double = 0
  var output: String
}

enum Subprocess {
  /// Runs `program` (searched on PATH unless it contains a slash) with `arguments`, standard
  /// output and error into a temporary file, and waits for it.
  ///
  /// The program is started by a small process of this executable (`measureChild`), which
  /// reports what `wait4` said of it. Linux gives a process started by `posix_spawn` (vfork,
  /// then exec) the peak RSS of the process that started it as its own starting peak
  /// (`exec_mmap` folds the old memory's high-water mark into the new one's): spawned
  /// straight from the bench, which holds the corpus's truth, every child of a
  /// 100,000-paper run read at least the bench's own 320–400 MB (large papers that peak at
  /// 260 MB read 398 MB). The small process's own peak is what its child starts from.
  static func run(_ program: String, _ arguments: [String], outputPath: String) -> ChildResult {
    let report = outputPath + ".rusage"
    unlink(report)
    let runner = spawnAndWait(
      "/proc/self/exe", ["--measure-child", report, program] + arguments, outputPath: outputPath)
    let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
    defer { unlink(report) }
    guard runner.status == 0,
      let fields = try? String(contentsOfFile: report, encoding: .utf8).split(separator: " "),
      fields.count == 4, let status = Int32(fields[0]), let seconds = Double(fields[1]),
      let peak = Int(fields[2]), let cpu = Double(fields[3])
    else {
      return ChildResult(
        status: runner.status == 0 ? -1 : runner.status, seconds: runner.seconds, peakRSS: 0,
        output: output.isEmpty ? "cannot measure \(program)" : output)
    }
    return ChildResult(
      status: status, seconds: seconds, peakRSS: peak, cpuSeconds: cpu, output: output)
  }

  /// `fundstelle-bench --measure-child REPORT PROGRAM ARGUMENTS…`: runs the program with
  /// this process's standard output and error, and writes its exit status, wall seconds,
  /// peak RSS in bytes and CPU seconds to REPORT. Never returns.
  static func measureChild(_ arguments: [String]) -> Never {
    guard arguments.count >= 2 else { exit(2) }
    let child = spawnAndWait(arguments[1], Array(arguments.dropFirst(2)), outputPath: nil)
    if !child.output.isEmpty { FileHandle.standardError.write(Data((child.output + "\n").utf8)) }
    let line = "\(child.status) \(child.seconds) \(child.peakRSS) \(child.cpuSeconds)"
    guard (try? line.write(toFile: arguments[0], atomically: true, encoding: .utf8)) != nil
    else { exit(3) }
    exit(0)
  }

  /// Spawns `program` and waits for it with `wait4`; standard output and error into
  /// `outputPath`, or this process's own when nil.
  private static func spawnAndWait(_ program: String, _ arguments: [String], outputPath: String?)
    -> ChildResult
  {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    if let outputPath {
      posix_spawn_file_actions_addopen(
        &actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
      posix_spawn_file_actions_adddup2(&actions, 1, 2)
    }
    let argv = ([program] + arguments).map { strdup($0) } + [nil]
    defer { for p in argv { free(p) } }
    let envp =
      ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { for p in envp { free(p) } }
    var pid: pid_t = 0
    let start = DispatchTime.now().uptimeNanoseconds
    let spawned = posix_spawnp(&pid, program, &actions, nil, argv, envp)
    guard spawned == 0 else {
      return ChildResult(
        status: -1, seconds: 0, peakRSS: 0, output: "cannot start \(program): errno \(spawned)")
    }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) == -1 && errno == EINTR {}
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    let exitCode = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : -(status & 0x7F)
    let cpu =
      Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
      + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    return ChildResult(
      status: exitCode, seconds: seconds, peakRSS: Int(usage.ru_maxrss) * 1024, cpuSeconds: cpu,
      output: "")
  }

  /// Whether `program` is found on PATH.
  static func onPath(_ program: String) -> Bool {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").contains {
      FileManager.default.isExecutableFile(atPath: "\($0)/\(program)")
    }
  }
}

/// Prints a line unbuffered, so a long run shows its progress also into a file or pipe.
func say(_ line: String) {
  FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

/// CPU seconds used so far by the calling thread.
func threadCPUSeconds() -> Double {
  var t = timespec()
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
  return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}
