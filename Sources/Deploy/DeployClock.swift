import Foundation

/// Time for waits: injected so tests poll without sleeping for real.
public protocol DeployClock: Sendable {
    /// The current time.
    func now() -> Date
    /// Sleeps for `seconds` (cancellable).
    func sleep(seconds: Double) async throws
}

/// The real clock.
public struct SystemClock: DeployClock {
    /// Creates the clock.
    public init() {}
    /// `Date()`.
    public func now() -> Date { Date() }
    /// `Task.sleep`.
    public func sleep(seconds: Double) async throws {
        if seconds > 0 { try await Task.sleep(nanoseconds: UInt64(seconds * 1e9)) }
    }
}
