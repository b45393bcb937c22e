import Documents
import Foundation
import SigV4

/// IAM Identity Center (SSO) credentials: a cached `aws sso login` token exchanged by `GetRoleCredentials`.
struct SSOCredentialProvider: CredentialProvider {
    var profileName: String
    var profile: [String: String]
    var context: CredentialContext

    /// The SSO portal, addressed as `portal.sso.{region}.amazonaws.com` (override: `AWS_ENDPOINT_URL_SSO`).
    static let portal = AWSService(
        endpointPrefix: "portal.sso", signingName: "awsssoportal", serviceID: "SSO", wireProtocol: .restJSON)

    func credentials() async throws -> AWSCredentials {
        func fail(_ reason: String) -> AWSCoreError {
            .credentials(source: "SSO profile \(profileName)", reason: reason)
        }
        let cacheKey: String
        let region: String?
        if let sessionName = profile["sso_session"] {
            guard let session = context.config.ssoSession(sessionName) else {
                throw fail("sso-session \(sessionName) not found in the config file")
            }
            cacheKey = sessionName
            region = session["sso_region"]
        } else {
            cacheKey = profile["sso_start_url"] ?? ""
            region = profile["sso_region"]
        }
        guard let region, let account = profile["sso_account_id"], let role = profile["sso_role_name"] else {
            throw fail("needs sso_region, sso_account_id and sso_role_name")
        }
        let token = try loadToken(cacheKey: cacheKey, fail: fail)
        let endpoint = try Endpoint.resolve(
            Self.portal, region: region, environment: context.environment, profile: profile, config: context.config)
        let url = endpoint.url(path: "/federation/credentials", query: [("role_name", role), ("account_id", account)])
        let request = HTTPRequest(
            method: "GET", url: url, headers: [(name: "x-amz-sso_bearer_token", value: token)],
            timeout: context.timeout)
        let response = try await context.transport.send(request)
        guard (200..<300).contains(response.status) else {
            throw AWSError.from(
                response: response, wireProtocol: .restJSON, service: "SSO", operation: "GetRoleCredentials")
        }
        guard let json = try? JSONValue.parse(bytes: response.body), let credentials = json["roleCredentials"],
            let key = credentials["accessKeyId"]?.stringValue,
            let secret = credentials["secretAccessKey"]?.stringValue
        else { throw fail("GetRoleCredentials reply has no roleCredentials") }
        let expiration = credentials["expiration"]?.doubleValue.map { Date(timeIntervalSince1970: $0 / 1000) }
        return AWSCredentials(
            accessKeyID: key, secretAccessKey: secret, sessionToken: credentials["sessionToken"]?.stringValue,
            expiration: expiration)
    }

    /// Reads `~/.aws/sso/cache/<sha1(cacheKey)>.json` and checks that its token has not expired.
    func loadToken(cacheKey: String, fail: (String) -> AWSCoreError) throws -> String {
        let home = context.environment["HOME"] ?? ""
        let path = "\(home)/.aws/sso/cache/\(Digest.sha1Hex(Array(cacheKey.utf8))).json"
        let login = "run `aws sso login --profile \(profileName)`"
        guard let data = FileManager.default.contents(atPath: path),
            let json = try? JSONValue.parse(bytes: [UInt8](data)), let token = json["accessToken"]?.stringValue
        else { throw fail("no cached SSO token at \(path); \(login)") }
        if let text = json["expiresAt"]?.stringValue, let expiry = Timestamp.parse(text), expiry <= context.now() {
            throw fail("the cached SSO token expired at \(text); \(login)")
        }
        return token
    }
}
