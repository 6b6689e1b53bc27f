import DocumentModel
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Decides whether a failure is worth a retry.
enum ErrorClassifier {
  /// errno values that describe the machine's state, not the paper.
  static let transientCodes: Set<Int32> = [
    ENOSPC, EDQUOT, EBUSY, EAGAIN, EINTR, ENOMEM, EMFILE, ENFILE,
  ]

  static func isTransient(_ error: any Error) -> Bool {
    if error is any TransientError { return true }
    // A paper that could not be opened for want of file handles or memory is no bad paper.
    if let read = error as? ReadError {
      return read.code.map { transientCodes.contains($0) } ?? false
    }
    if let posix = error as? POSIXError { return transientCodes.contains(posix.code.rawValue) }
    let ns = error as NSError
    if ns.domain == NSPOSIXErrorDomain { return transientCodes.contains(Int32(ns.code)) }
    if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError,
      underlying.domain == NSPOSIXErrorDomain
    {
      return transientCodes.contains(Int32(underlying.code))
    }
    return false
  }

  /// One line for logs and `.reason` files.
  /// Swift errors (such as `ReadError`) by their description; Foundation's by their
  /// localized description rather than the `Error Domain=… UserInfo={…}` dump.
  static func message(_ error: any Error) -> String {
    var text: String
    if let posix = error as? POSIXError {
      text = String(cString: strerror(posix.code.rawValue))
    } else if type(of: error as Any) is NSError.Type || error is CocoaError {
      let ns = error as NSError
      text = ns.localizedDescription
      if let path = ns.userInfo[NSFilePathErrorKey] as? String { text += " (\(path))" }
    } else {
      text = String(describing: error)
    }
    return text.split(whereSeparator: \.isNewline).joined(separator: " ")
  }
}
