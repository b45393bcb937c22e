import Foundation
import SigV4

/// Credentials with an optional expiry, as every provider returns them.
public struct AWSCredentials: Sendable, Equatable {
    /// The key pair and session token used for signing.
    public var signing: SigV4Credentials
    /// When temporary credentials expire; `nil` for long-lived keys.
    public var expiration: Date?

    /// Creates credentials.
    public init(accessKeyID: String, secretAccessKey: String, sessionToken: String? = nil, expiration: Date? = nil) {
        self.signing = SigV4Credentials(
            accessKeyID: accessKeyID, secretAccessKey: secretAccessKey, sessionToken: sessionToken)
        self.expiration = expiration
    }
}

/// A source of AWS credentials: environment, profile, STS, SSO, container or instance metadata.
public protocol CredentialProvider: Sendable {
    /// Returns credentials, or throws `AWSCoreError.credentials` when the configured source fails.
    func credentials() async throws -> AWSCredentials
}

/// A provider that always returns the same credentials (tests, explicit keys).
public struct StaticCredentialProvider: CredentialProvider {
    /// The credentials returned.
    public var value: AWSCredentials

    /// Creates a provider returning `value`.
    public init(_ value: AWSCredentials) { self.value = value }

    /// Returns the stored credentials.
    public func credentials() async throws -> AWSCredentials { value }
}

/// Caches another provider's credentials and refreshes them 5 minutes before they expire.
///
/// Concurrent callers during a refresh share one in-flight fetch.
public actor CachedCredentialProvider: CredentialProvider {
    private let base: any CredentialProvider
    private let now: @Sendable () -> Date
    private let refreshMargin: TimeInterval
    private var cached: AWSCredentials?
    private var inFlight: Task<AWSCredentials, any Error>?

    /// Wraps `base`; `now` is the clock used to judge expiry.
    public init(
        _ base: any CredentialProvider, refreshMargin: TimeInterval = 300, now: @escaping @Sendable () -> Date
    ) {
        self.base = base
        self.refreshMargin = refreshMargin
        self.now = now
    }

    /// Returns cached credentials while they are valid for more than the margin, else fetches new ones.
    public func credentials() async throws -> AWSCredentials {
        if let cached, isFresh(cached) { return cached }
        if let inFlight { return try await inFlight.value }
        let base = self.base
        let task = Task { try await base.credentials() }
        inFlight = task
        defer { inFlight = nil }
        let value = try await task.value
        cached = value
        return value
    }

    private func isFresh(_ credentials: AWSCredentials) -> Bool {
        guard let expiration = credentials.expiration else { return true }
        return expiration.timeIntervalSince(now()) > refreshMargin
    }
}
