import Foundation

/// What credential providers need from the client: environment, shared config, a transport and a clock.
struct CredentialContext: Sendable {
    var environment: [String: String]
    var config: SharedConfig
    var profileName: String
    /// The client's region, used for STS and SSO calls when the profile names none.
    var region: String
    var transport: any HTTPTransport
    var now: @Sendable () -> Date
    var timeout: Duration
}

/// The AWS SDK default credential chain.
///
/// Order: environment keys; web identity (`AWS_WEB_IDENTITY_TOKEN_FILE` + `AWS_ROLE_ARN`); the shared
/// config profile (static keys, `role_arn` chains, `credential_process`, SSO); ECS container
/// credentials; EC2 instance metadata. A source that is configured but fails stops the chain with its
/// error, as the SDKs do, so a broken profile is reported instead of silently skipped.
struct CredentialChain: CredentialProvider {
    /// A step: returns `nil` when its source is not configured at all.
    typealias Step = @Sendable () async throws -> AWSCredentials?

    var steps: [Step]

    func credentials() async throws -> AWSCredentials {
        for step in steps {
            if let found = try await step() { return found }
        }
        throw AWSCoreError.noCredentials
    }

    /// The standard chain for a context.
    static func standard(_ context: CredentialContext) -> CredentialChain {
        CredentialChain(steps: [
            { EnvironmentCredentialProvider(environment: context.environment).resolved },
            { try await WebIdentityProvider.fromEnvironment(context)?.credentials() },
            { try await ProfileCredentialProvider.resolve(profile: context.profileName, context: context) },
            { try await ContainerCredentialProvider.fromEnvironment(context)?.credentials() },
            { try await InstanceMetadataProvider.fromEnvironment(context)?.credentials() },
        ])
    }
}
