import Foundation

/// Where a command's output goes: data on stdout, progress logs on stderr, ecspresso's formats.
///
/// Log lines read `2006/01/02 15:04:05 service/cluster message` in local time, as ecspresso's;
/// a `[DEBUG]` line is written only when debug output is on.
public struct Console: Sendable {
    /// Writes one line of data (stdout).
    public var writeOut: @Sendable (String) -> Void
    /// Writes one log line (stderr).
    public var writeErr: @Sendable (String) -> Void
    /// The current time, for log timestamps.
    public var now: @Sendable () -> Date
    /// Whether `[DEBUG]` lines are written.
    public var debugEnabled: Bool
    /// `service/cluster ` or empty.
    public var prefix: String

    /// Creates a console.
    public init(
        writeOut: @escaping @Sendable (String) -> Void, writeErr: @escaping @Sendable (String) -> Void,
        now: @escaping @Sendable () -> Date = { Date() }, debugEnabled: Bool = false, prefix: String = ""
    ) {
        self.writeOut = writeOut
        self.writeErr = writeErr
        self.now = now
        self.debugEnabled = debugEnabled
        self.prefix = prefix
    }

    /// A copy whose log lines carry `service/cluster`.
    public func scoped(service: String, cluster: String) -> Console {
        var copy = self
        copy.prefix = service.isEmpty ? "" : "\(service)/\(cluster) "
        return copy
    }

    /// Prints a line of data to stdout.
    public func print(_ line: String) { writeOut(line) }

    /// Logs a line to stderr.
    public func log(_ message: String) { writeErr("\(Self.timestamp(now())) \(prefix)\(message)") }

    /// Logs an `[INFO]` line.
    public func info(_ message: String) { log("[INFO] \(message)") }

    /// Logs a `[WARNING]` line.
    public func warn(_ message: String) { log("[WARNING] \(message)") }

    /// Logs a `[DEBUG]` line when debug output is on.
    public func debug(_ message: @autoclosure () -> String) {
        if debugEnabled { log("[DEBUG] \(message())") }
    }

    /// `YYYY/MM/DD HH:MM:SS` in local time (Go's `log.LstdFlags`, ecspresso's event format).
    public static func timestamp(_ date: Date) -> String {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        localtime_r(&seconds, &parts)
        func pad(_ v: Int32) -> String { v < 10 ? "0\(v)" : String(v) }
        return
            "\(parts.tm_year + 1900)/\(pad(parts.tm_mon + 1))/\(pad(parts.tm_mday)) \(pad(parts.tm_hour)):\(pad(parts.tm_min)):\(pad(parts.tm_sec))"
    }
}
