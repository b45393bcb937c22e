import Foundation

/// EC2 instance-role credentials via IMDSv2: `PUT` a session token, then `GET` the role and its credentials.
struct InstanceMetadataProvider: CredentialProvider {
    var context: CredentialContext

    /// `nil` when `AWS_EC2_METADATA_DISABLED=true`.
    static func fromEnvironment(_ context: CredentialContext) -> InstanceMetadataProvider? {
        if context.environment["AWS_EC2_METADATA_DISABLED"]?.lowercased() == "true" { return nil }
        return InstanceMetadataProvider(context: context)
    }

    /// `http://169.254.169.254`, or `AWS_EC2_METADATA_SERVICE_ENDPOINT`.
    var base: String {
        let configured = context.environment["AWS_EC2_METADATA_SERVICE_ENDPOINT"] ?? "http://169.254.169.254"
        return configured.hasSuffix("/") ? String(configured.dropLast()) : configured
    }

    /// Throws `noCredentials` when no metadata service answers (not on EC2), so the chain ends cleanly.
    func credentials() async throws -> AWSCredentials {
        let token: String
        do {
            let response = try await send(
                "PUT", "/latest/api/token", [(name: "x-aws-ec2-metadata-token-ttl-seconds", value: "21600")])
            guard response.status == 200 else { throw AWSCoreError.noCredentials }
            token = response.bodyText.trimmingCharacters(in: .whitespacesAndNewlines)
        } catch is TransportError {
            throw AWSCoreError.noCredentials
        }
        let tokenHeader = [(name: "x-aws-ec2-metadata-token", value: token)]
        let rolePath = "/latest/meta-data/iam/security-credentials/"
        let roles = try await send("GET", rolePath, tokenHeader)
        guard roles.status == 200,
            let role = roles.bodyText.split(whereSeparator: \.isNewline).first.map(String.init), !role.isEmpty
        else { throw AWSCoreError.credentials(source: "EC2 instance metadata", reason: "no instance role attached") }
        let reply = try await send("GET", rolePath + role, tokenHeader)
        guard reply.status == 200 else {
            throw AWSCoreError.credentials(
                source: "EC2 instance metadata", reason: "HTTP \(reply.status) for role \(role)")
        }
        return try ContainerCredentialProvider.parseMetadataCredentials(reply.body, source: "EC2 instance metadata")
    }

    func send(_ method: String, _ path: String, _ headers: [(name: String, value: String)]) async throws
        -> HTTPResponse
    {
        guard let url = URL(string: base + path) else {
            throw AWSCoreError.invalidRequest("bad metadata endpoint \(base)")
        }
        return try await context.transport.send(
            HTTPRequest(method: method, url: url, headers: headers, timeout: .seconds(1)))
    }
}
