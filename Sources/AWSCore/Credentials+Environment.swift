/// Reads `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY` and `AWS_SESSION_TOKEN` from the injected environment.
public struct EnvironmentCredentialProvider: CredentialProvider {
    /// The environment to read.
    public var environment: [String: String]

    /// Creates a provider over `environment`.
    public init(environment: [String: String]) { self.environment = environment }

    /// The credentials, or `nil` when the key pair is not (fully) set.
    public var resolved: AWSCredentials? {
        guard let key = environment["AWS_ACCESS_KEY_ID"], !key.isEmpty,
            let secret = environment["AWS_SECRET_ACCESS_KEY"], !secret.isEmpty
        else { return nil }
        let token = environment["AWS_SESSION_TOKEN"].flatMap { $0.isEmpty ? nil : $0 }
        return AWSCredentials(accessKeyID: key, secretAccessKey: secret, sessionToken: token)
    }

    /// Returns the environment credentials or throws `AWSCoreError.noCredentials`.
    public func credentials() async throws -> AWSCredentials {
        guard let resolved else { throw AWSCoreError.noCredentials }
        return resolved
    }
}
