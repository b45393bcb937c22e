import Foundation
import SigV4

/// The STS calls the credential chain makes itself, outside `AWSClient` (which needs credentials first).
enum STS {
    /// `AssumeRole` signed with `credentials`.
    static func assumeRole(
        roleARN: String, sessionName: String, externalID: String?, durationSeconds: Int?,
        credentials: AWSCredentials, region: String?, context: CredentialContext
    ) async throws -> AWSCredentials {
        var parameters = [("RoleArn", roleARN), ("RoleSessionName", sessionName)]
        if let externalID { parameters.append(("ExternalId", externalID)) }
        if let durationSeconds { parameters.append(("DurationSeconds", String(durationSeconds))) }
        let result = try await send(
            "AssumeRole", parameters, credentials: credentials, region: region, context: context)
        return try parseCredentials(result, action: "AssumeRole")
    }

    /// `AssumeRoleWithWebIdentity`, an unsigned call authenticated by the token itself.
    static func assumeRoleWithWebIdentity(
        roleARN: String, sessionName: String, token: String, region: String?, context: CredentialContext
    ) async throws -> AWSCredentials {
        let parameters = [("RoleArn", roleARN), ("RoleSessionName", sessionName), ("WebIdentityToken", token)]
        let result = try await send(
            "AssumeRoleWithWebIdentity", parameters, credentials: nil, region: region, context: context)
        return try parseCredentials(result, action: "AssumeRoleWithWebIdentity")
    }

    /// Sends one STS query call; `credentials == nil` sends it unsigned.
    static func send(
        _ action: String, _ parameters: [(String, String)], credentials: AWSCredentials?, region: String?,
        context: CredentialContext
    ) async throws -> XMLNode {
        let region = region ?? context.region
        let profile = context.config.profile(context.profileName)
        let endpoint = try Endpoint.resolve(
            .sts, region: region, environment: context.environment, profile: profile, config: context.config)
        let body = Array(PercentEncoding.form([("Action", action), ("Version", "2011-06-15")] + parameters).utf8)
        let url = endpoint.url(path: "/", query: [])
        var headers = [(name: "Content-Type", value: "application/x-www-form-urlencoded; charset=utf-8")]
        if let credentials {
            let signer = SigV4Signer(service: AWSService.sts.signingName, region: endpoint.signingRegion)
            let request = SigV4Request(
                method: "POST", url: url, headers: headers.map { SigV4Header(name: $0.name, value: $0.value) },
                body: body)
            headers = signer.sign(request, credentials: credentials.signing, date: context.now()).map {
                (name: $0.name, value: $0.value)
            }
        }
        let request = HTTPRequest(method: "POST", url: url, headers: headers, body: body, timeout: context.timeout)
        let response = try await context.transport.send(request)
        guard (200..<300).contains(response.status) else {
            throw AWSError.from(
                response: response, wireProtocol: .query(version: ""), service: "STS", operation: action)
        }
        let root = try XMLNode.parse(response.body)
        return root.child("\(action)Result") ?? root
    }

    /// Reads `<Credentials>` from an STS result.
    static func parseCredentials(_ result: XMLNode, action: String) throws -> AWSCredentials {
        guard let node = result.child("Credentials"), let key = node.text(of: "AccessKeyId"),
            let secret = node.text(of: "SecretAccessKey")
        else {
            throw AWSCoreError.malformedResponse(service: "STS", operation: action, reason: "no Credentials element")
        }
        return AWSCredentials(
            accessKeyID: key, secretAccessKey: secret, sessionToken: node.text(of: "SessionToken"),
            expiration: node.text(of: "Expiration").flatMap(Timestamp.parse))
    }

    /// `ecswift-<epoch millis>`, the session name when none is configured (botocore uses `botocore-session-<epoch>`).
    static func defaultSessionName(_ now: Date) -> String {
        "ecswift-\(Int64(now.timeIntervalSince1970 * 1000))"
    }
}

/// Parses the timestamps credential sources return: ISO 8601 with or without fractional seconds.
enum Timestamp {
    static func parse(_ text: String) -> Date? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let date = try? Date(trimmed, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: true)) {
            return date
        }
        if let date = try? Date(trimmed, strategy: Date.ISO8601FormatStyle()) { return date }
        // `2024-01-01T00:00:00+00:00` and `…UTC` variants from credential_process and SSO.
        let normalized = trimmed.replacingOccurrences(of: "UTC", with: "Z")
        return try? Date(normalized, strategy: Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC")!))
    }
}

/// Assumes a role with credentials from another provider (the global `--assume-role-arn`, profile `role_arn`).
struct AssumeRoleProvider: CredentialProvider {
    var source: any CredentialProvider
    var roleARN: String
    var sessionName: String?
    var externalID: String?
    var durationSeconds: Int? = nil
    var region: String? = nil
    var context: CredentialContext

    func credentials() async throws -> AWSCredentials {
        let base = try await source.credentials()
        return try await STS.assumeRole(
            roleARN: roleARN, sessionName: sessionName ?? STS.defaultSessionName(context.now()),
            externalID: externalID, durationSeconds: durationSeconds, credentials: base, region: region,
            context: context)
    }
}
