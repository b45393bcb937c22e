import Documents
import Foundation

/// ECS (and EKS Pod Identity) container credentials from the agent's HTTP endpoint.
struct ContainerCredentialProvider: CredentialProvider {
    var url: URL
    var authorization: String?
    var context: CredentialContext

    /// The ECS task-role endpoint host for `AWS_CONTAINER_CREDENTIALS_RELATIVE_URI`.
    static let relativeBase = "http://169.254.170.2"

    /// Configured by `AWS_CONTAINER_CREDENTIALS_RELATIVE_URI` or `AWS_CONTAINER_CREDENTIALS_FULL_URI`.
    static func fromEnvironment(_ context: CredentialContext) throws -> ContainerCredentialProvider? {
        let environment = context.environment
        let url: URL
        if let relative = environment["AWS_CONTAINER_CREDENTIALS_RELATIVE_URI"], !relative.isEmpty {
            guard let parsed = URL(string: relativeBase + (relative.hasPrefix("/") ? relative : "/" + relative))
            else { throw AWSCoreError.credentials(source: "container", reason: "bad relative URI \(relative)") }
            url = parsed
        } else if let full = environment["AWS_CONTAINER_CREDENTIALS_FULL_URI"], !full.isEmpty {
            guard let parsed = URL(string: full), let host = parsed.host,
                parsed.scheme == "https" || isAllowedHost(host)
            else {
                throw AWSCoreError.credentials(
                    source: "container",
                    reason: "AWS_CONTAINER_CREDENTIALS_FULL_URI must be https or a loopback/ECS/EKS address: \(full)")
            }
            url = parsed
        } else {
            return nil
        }
        var authorization = environment["AWS_CONTAINER_AUTHORIZATION_TOKEN"]
        if let file = environment["AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE"], !file.isEmpty {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw AWSCoreError.credentials(source: "container", reason: "cannot read token file \(file)")
            }
            authorization = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        return ContainerCredentialProvider(url: url, authorization: authorization, context: context)
    }

    /// Loopback, the ECS agent (169.254.170.2) or the EKS Pod Identity agent (169.254.170.23, fd00:ec2::23).
    static func isAllowedHost(_ host: String) -> Bool {
        let bare = host.trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        return bare == "localhost" || bare.hasPrefix("127.") || bare == "::1" || bare == "169.254.170.2"
            || bare == "169.254.170.23" || bare == "fd00:ec2::23"
    }

    func credentials() async throws -> AWSCredentials {
        var headers: [(name: String, value: String)] = [(name: "Accept", value: "application/json")]
        if let authorization { headers.append((name: "Authorization", value: authorization)) }
        let response = try await context.transport.send(
            HTTPRequest(method: "GET", url: url, headers: headers, timeout: .seconds(2)))
        guard (200..<300).contains(response.status) else {
            throw AWSCoreError.credentials(source: "container", reason: "HTTP \(response.status) from \(url)")
        }
        return try Self.parseMetadataCredentials(response.body, source: "container")
    }

    /// Parses the `AccessKeyId` / `SecretAccessKey` / `Token` / `Expiration` JSON shared by ECS and IMDS.
    static func parseMetadataCredentials(_ body: [UInt8], source: String) throws -> AWSCredentials {
        guard let json = try? JSONValue.parse(bytes: body), let key = json["AccessKeyId"]?.stringValue,
            let secret = json["SecretAccessKey"]?.stringValue
        else { throw AWSCoreError.credentials(source: source, reason: "reply has no AccessKeyId/SecretAccessKey") }
        return AWSCredentials(
            accessKeyID: key, secretAccessKey: secret, sessionToken: json["Token"]?.stringValue,
            expiration: json["Expiration"]?.stringValue.flatMap(Timestamp.parse))
    }
}
