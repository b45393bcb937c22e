import Foundation

/// `AssumeRoleWithWebIdentity` with a token file (EKS, GitHub Actions OIDC).
struct WebIdentityProvider: CredentialProvider {
    var tokenFile: String
    var roleARN: String
    var sessionName: String?
    var region: String?
    var context: CredentialContext

    /// Configured by `AWS_WEB_IDENTITY_TOKEN_FILE` + `AWS_ROLE_ARN` (+ `AWS_ROLE_SESSION_NAME`); `nil` otherwise.
    static func fromEnvironment(_ context: CredentialContext) -> WebIdentityProvider? {
        let environment = context.environment
        guard let file = environment["AWS_WEB_IDENTITY_TOKEN_FILE"], !file.isEmpty,
            let role = environment["AWS_ROLE_ARN"], !role.isEmpty
        else { return nil }
        return WebIdentityProvider(
            tokenFile: file, roleARN: role, sessionName: environment["AWS_ROLE_SESSION_NAME"], region: nil,
            context: context)
    }

    func credentials() async throws -> AWSCredentials {
        let path = SharedConfig.expand(tokenFile, home: context.environment["HOME"] ?? "")
        guard let data = FileManager.default.contents(atPath: path) else {
            throw AWSCoreError.credentials(source: "web identity", reason: "cannot read token file \(path)")
        }
        let token = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return try await STS.assumeRoleWithWebIdentity(
            roleARN: roleARN, sessionName: sessionName ?? STS.defaultSessionName(context.now()), token: token,
            region: region, context: context)
    }
}
