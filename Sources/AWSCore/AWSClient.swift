import Documents
import Foundation
import Logging

/// Options a client is created with; the CLI fills them from global flags.
public struct AWSClientOptions: Sendable {
    /// The region (flag or tool config); wins over the environment and the profile.
    public var region: String?
    /// The shared-config profile; wins over `AWS_PROFILE`.
    public var profile: String?
    /// A role every call assumes, on top of whatever the credential chain finds.
    public var assumeRoleARN: String?
    /// Attempts per call including the first; wins over `AWS_MAX_ATTEMPTS` and the profile's `max_attempts`.
    public var maxAttempts: Int?
    /// How long one attempt may take.
    public var requestTimeout: Duration

    /// Creates options; everything unset falls back to the environment and shared config.
    public init(
        region: String? = nil, profile: String? = nil, assumeRoleARN: String? = nil, maxAttempts: Int? = nil,
        requestTimeout: Duration = .seconds(30)
    ) {
        self.region = region
        self.profile = profile
        self.assumeRoleARN = assumeRoleARN
        self.maxAttempts = maxAttempts
        self.requestTimeout = requestTimeout
    }
}

/// Time, sleeping and randomness, injected so retries and credential expiry are tested without waiting.
public struct AWSRuntime: Sendable {
    /// The wall clock (signing dates, credential expiry).
    public var now: @Sendable () -> Date
    /// Sleeps between retry attempts.
    public var sleep: @Sendable (Duration) async throws -> Void
    /// Jitter in `0..<1`.
    public var random: @Sendable () -> Double

    /// Creates a runtime from its three parts.
    public init(
        now: @escaping @Sendable () -> Date, sleep: @escaping @Sendable (Duration) async throws -> Void,
        random: @escaping @Sendable () -> Double
    ) {
        self.now = now
        self.sleep = sleep
        self.random = random
    }

    /// The real clock, `Task.sleep` and the system random generator.
    public static let live = AWSRuntime(
        now: { Date() }, sleep: { try await Task.sleep(for: $0) }, random: { Double.random(in: 0..<1) })
}

/// The one object other modules use to call AWS: resolves region, endpoints and credentials, signs,
/// retries and decodes errors.
public final class AWSClient: Sendable {
    /// The region every regional call goes to.
    public let region: String
    let options: AWSClientOptions
    let environment: [String: String]
    let transport: any HTTPTransport
    let logger: Logger
    let runtime: AWSRuntime
    let sharedConfig: SharedConfig
    let profile: [String: String]?
    let retryPolicy: RetryPolicy
    let credentialProvider: any CredentialProvider

    /// Creates a client; resolves the region now and credentials lazily on the first call.
    ///
    /// - Parameters:
    ///   - environment: the process environment (the CLI passes `ProcessInfo`'s); AWSCore reads nothing else.
    ///   - transport: defaults to a `URLSessionTransport` owned by this client.
    ///   - credentialProvider: replaces the default credential chain (tests, embedding).
    public init(
        options: AWSClientOptions, environment: [String: String], transport: (any HTTPTransport)? = nil,
        logger: Logger, runtime: AWSRuntime = .live, credentialProvider: (any CredentialProvider)? = nil
    ) throws {
        let sharedConfig = SharedConfig.load(environment: environment)
        let profileName = SharedConfig.profileName(explicit: options.profile, environment: environment)
        let profile = sharedConfig.profile(profileName)
        if options.profile != nil || environment["AWS_PROFILE"] != nil, profile == nil,
            credentialProvider == nil
        {
            throw AWSCoreError.profileNotFound(profileName)
        }
        let region = try Region.resolve(explicit: options.region, environment: environment, profile: profile)
        let transport = transport ?? URLSessionTransport()
        let maxAttempts =
            options.maxAttempts ?? environment["AWS_MAX_ATTEMPTS"].flatMap { Int($0) }
            ?? profile?["max_attempts"].flatMap { Int($0) } ?? 3
        self.region = region
        self.options = options
        self.environment = environment
        self.transport = transport
        self.logger = logger
        self.runtime = runtime
        self.sharedConfig = sharedConfig
        self.profile = profile
        self.retryPolicy = RetryPolicy(maxAttempts: maxAttempts, random: runtime.random)
        let context = CredentialContext(
            environment: environment, config: sharedConfig, profileName: profileName, region: region,
            transport: transport, now: runtime.now, timeout: options.requestTimeout)
        var provider: any CredentialProvider = credentialProvider ?? CredentialChain.standard(context)
        if let roleARN = options.assumeRoleARN {
            provider = AssumeRoleProvider(
                source: CachedCredentialProvider(provider, now: runtime.now), roleARN: roleARN,
                sessionName: nil, externalID: nil, context: context)
        }
        self.credentialProvider = CachedCredentialProvider(provider, now: runtime.now)
    }

    /// The endpoint for a service, after every override.
    func endpoint(for service: AWSService) throws -> Endpoint {
        try Endpoint.resolve(
            service, region: region, environment: environment, profile: profile, config: sharedConfig)
    }
}
