import Foundation

/// Credentials from a shared-config profile: `role_arn` chains, web identity, SSO, static keys or
/// `credential_process`, in botocore's order.
enum ProfileCredentialProvider {
    /// Resolves the profile; `nil` when the profile does not exist or configures no credentials.
    static func resolve(profile name: String, context: CredentialContext) async throws -> AWSCredentials? {
        try await resolve(name, visited: [], context: context)
    }

    static func resolve(_ name: String, visited: [String], context: CredentialContext) async throws
        -> AWSCredentials?
    {
        guard let profile = context.config.profile(name) else {
            if visited.isEmpty { return nil }
            throw AWSCoreError.profileNotFound(name)
        }
        if let roleARN = profile["role_arn"], let tokenFile = profile["web_identity_token_file"], !tokenFile.isEmpty {
            return try await WebIdentityProvider(
                tokenFile: tokenFile, roleARN: roleARN, sessionName: profile["role_session_name"],
                region: profile["region"], context: context
            ).credentials()
        }
        if let roleARN = profile["role_arn"], !roleARN.isEmpty {
            let source = try await roleSource(name, profile: profile, visited: visited, context: context)
            return try await STS.assumeRole(
                roleARN: roleARN, sessionName: profile["role_session_name"] ?? STS.defaultSessionName(context.now()),
                externalID: profile["external_id"], durationSeconds: profile["duration_seconds"].flatMap { Int($0) },
                credentials: source, region: profile["region"], context: context)
        }
        if profile["sso_session"] != nil || profile["sso_start_url"] != nil {
            return try await SSOCredentialProvider(profileName: name, profile: profile, context: context).credentials()
        }
        if let keys = staticKeys(profile) { return keys }
        if let command = profile["credential_process"], !command.isEmpty {
            return try await ProcessCredentialProvider(command: command, environment: context.environment)
                .credentials()
        }
        return nil
    }

    /// The credentials a `role_arn` profile assumes the role with.
    static func roleSource(
        _ name: String, profile: [String: String], visited: [String], context: CredentialContext
    ) async throws -> AWSCredentials {
        if let sourceProfile = profile["source_profile"], !sourceProfile.isEmpty {
            if sourceProfile == name, let keys = staticKeys(profile) { return keys }
            if visited.contains(sourceProfile) || sourceProfile == name {
                let chain = (visited + [name, sourceProfile]).joined(separator: " -> ")
                throw AWSCoreError.credentials(source: "profile \(name)", reason: "source_profile cycle: \(chain)")
            }
            // A source profile with static keys is used as is, even if it also names a role.
            if let sourceValues = context.config.profile(sourceProfile), sourceValues["role_arn"] == nil,
                let keys = staticKeys(sourceValues)
            {
                return keys
            }
            guard let found = try await resolve(sourceProfile, visited: visited + [name], context: context) else {
                throw AWSCoreError.credentials(
                    source: "profile \(name)", reason: "source_profile \(sourceProfile) has no credentials")
            }
            return found
        }
        if let source = profile["credential_source"] {
            let found: AWSCredentials?
            switch source {
            case "Environment": found = EnvironmentCredentialProvider(environment: context.environment).resolved
            case "EcsContainer": found = try await ContainerCredentialProvider.fromEnvironment(context)?.credentials()
            case "Ec2InstanceMetadata": found = try await InstanceMetadataProvider(context: context).credentials()
            default:
                throw AWSCoreError.credentials(
                    source: "profile \(name)", reason: "unknown credential_source \(source)")
            }
            guard let found else {
                throw AWSCoreError.credentials(
                    source: "profile \(name)", reason: "credential_source \(source) has no credentials")
            }
            return found
        }
        throw AWSCoreError.credentials(
            source: "profile \(name)", reason: "role_arn needs source_profile or credential_source")
    }

    /// `aws_access_key_id` + `aws_secret_access_key` (+ `aws_session_token`), if both are set.
    static func staticKeys(_ profile: [String: String]) -> AWSCredentials? {
        guard let key = profile["aws_access_key_id"], !key.isEmpty,
            let secret = profile["aws_secret_access_key"], !secret.isEmpty
        else { return nil }
        let token = profile["aws_session_token"].flatMap { $0.isEmpty ? nil : $0 }
        return AWSCredentials(accessKeyID: key, secretAccessKey: secret, sessionToken: token)
    }
}
