import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Which file systems inotify cannot be trusted on: changes made by other machines (NFS,
/// SMB/CIFS, FUSE, 9p, cluster file systems) raise no local events.
///
/// Swift's Glibc module does not export `statfs`/`f_type` (sys/vfs.h), so the file system
/// type is taken from `/proc/self/mountinfo`: the mount with the longest mount point that
/// contains the inbox.
enum FileSystemKind {
  /// Types (mountinfo's fstype field) of network and userspace file systems.
  static let networkTypes: Set<String> = [
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "ncpfs", "9p", "ceph", "glusterfs", "lustre",
    "gpfs", "afs", "coda", "fuse", "davfs", "vboxsf", "virtiofs",
  ]

  static func isNetwork(type: String) -> Bool {
    // fuseblk is a local block device (ntfs-3g); fuse.sshfs, fuse.rclone... are remote.
    networkTypes.contains(type) || (type.hasPrefix("fuse.") && type != "fuseblk")
  }

  /// The network file system type `path` is on, or `nil` for a local one (or if unknown).
  static func networkFileSystem(at path: String) -> String? {
    guard let text = try? String(contentsOfFile: "/proc/self/mountinfo", encoding: .utf8) else {
      return nil
    }
    var resolved = path
    if let real = realpath(path, nil) {
      resolved = String(cString: real)
      free(real)
    }
    guard let type = fileSystemType(of: resolved, mountinfo: text) else { return nil }
    return isNetwork(type: type) ? type : nil
  }

  /// The fstype of the mount holding `path`, from the text of a mountinfo file (pure).
  static func fileSystemType(of path: String, mountinfo: String) -> String? {
    var best: (mountPoint: String, type: String)?
    for line in mountinfo.split(separator: "\n") {
      let fields = line.split(separator: " ", omittingEmptySubsequences: true)
      guard fields.count >= 7, let dash = fields.firstIndex(of: "-"), dash + 1 < fields.count
      else { continue }
      let mountPoint = fields[4].replacingOccurrences(of: "\\040", with: " ")
      let contains =
        mountPoint == "/" || path == mountPoint || path.hasPrefix(mountPoint + "/")
      guard contains else { continue }
      if best == nil || mountPoint.count >= best!.mountPoint.count {
        best = (mountPoint, String(fields[dash + 1]))
      }
    }
    return best?.type
  }
}

/// How the inbox is watched.
enum WatchMode: String, Sendable, Equatable {
  case inotify
  case polling

  /// The pure decision: polling when asked for, or in `auto` when the inbox is on a network
  /// file system or inotify is unavailable. `off` never polls (`nil`: cannot watch).
  static func choose(
    setting: DaemonConfiguration.PollingMode, networkFileSystem: String?, inotifyAvailable: Bool
  ) -> WatchMode? {
    switch setting {
    case .on: return .polling
    case .off: return inotifyAvailable ? .inotify : nil
    case .auto: return networkFileSystem == nil && inotifyAvailable ? .inotify : .polling
    }
  }
}
