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
  /// output and error into a temporary file, and waits for it with `wait4`.
  static func run(_ program: String, _ arguments: [String], outputPath: String) -> ChildResult {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_adddup2(&actions, 1, 2)
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
    let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
    let exitCode = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : -(status & 0x7F)
    let cpu =
      Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
      + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    return ChildResult(
      status: exitCode, seconds: seconds, peakRSS: Int(usage.ru_maxrss) * 1024, cpuSeconds: cpu,
      output: output)
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
