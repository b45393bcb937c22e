import Foundation
import Logging
import SigV4
import Testing

@testable import AWSCore

/// A temporary HOME with `.aws/config` and optional SSO cache files; removed by `cleanup()`.
struct TemporaryHome {
    let path: String

    init(config: String, ssoCache: [String: String] = [:]) throws {
        path = NSTemporaryDirectory() + "awscore-home-" + UUID().uuidString
        let cache = path + "/.aws/sso/cache"
        try FileManager.default.createDirectory(atPath: cache, withIntermediateDirectories: true)
        try config.write(toFile: path + "/.aws/config", atomically: true, encoding: .utf8)
        for (key, body) in ssoCache {
            let name = Digest.sha1Hex(Array(key.utf8)) + ".json"
            try body.write(toFile: "\(cache)/\(name)", atomically: true, encoding: .utf8)
        }
    }

    var environment: [String: String] { ["HOME": path, "AWS_EC2_METADATA_DISABLED": "true"] }

    func cleanup() { try? FileManager.default.removeItem(atPath: path) }
}

private func credentials(
    _ environment: [String: String], profile: String? = nil, transport: StubTransport = StubTransport(body: "{}")
) async throws -> AWSCredentials {
    let client = try AWSClient(
        options: AWSClientOptions(region: "us-east-1", profile: profile), environment: environment,
        transport: transport, logger: Logger(label: "test"), runtime: TestRuntime().runtime)
    return try await client.credentialProvider.credentials()
}

@Suite struct CredentialSourceTests {
    @Test func credentialProcessOutputIsParsed() async throws {
        let script = TestSupport.fixture("credential_process.sh")
        let home = try TemporaryHome(config: "[profile tool]\ncredential_process = /bin/sh \(script) ok\n")
        defer { home.cleanup() }
        let found = try await credentials(home.environment, profile: "tool")
        #expect(
            found.signing
                == SigV4Credentials(
                    accessKeyID: "AKIDPROCESS", secretAccessKey: "processsecret", sessionToken: "processtoken"))
        #expect(found.expiration == Date(timeIntervalSince1970: 1_893_456_000))
    }

    @Test(arguments: [("fail", "exited with status 3: token expired, log in again"), ("v2", "unsupported Version")])
    func credentialProcessFailuresAreExplained(mode: String, expected: String) async throws {
        let script = TestSupport.fixture("credential_process.sh")
        let home = try TemporaryHome(config: "[default]\ncredential_process = /bin/sh \(script) \(mode)\n")
        defer { home.cleanup() }
        await #expect {
            _ = try await credentials(home.environment)
        } throws: { error in
            "\(error)".contains(expected)
        }
    }

    static let ssoConfig = """
        [profile sso]
        sso_session = corp
        sso_account_id = 555555555555
        sso_role_name = Deployer
        [sso-session corp]
        sso_start_url = https://corp.awsapps.com/start
        sso_region = ap-northeast-1
        [profile legacy]
        sso_start_url = https://legacy.awsapps.com/start
        sso_region = us-west-2
        sso_account_id = 666666666666
        sso_role_name = ReadOnly
        """

    static let ssoReply = """
        {"roleCredentials":{"accessKeyId":"ASIASSO","secretAccessKey":"ssosecret","sessionToken":"ssotoken","expiration":1893456000000}}
        """

    @Test(arguments: [
        (
            "sso", "corp",
            "https://portal.sso.ap-northeast-1.amazonaws.com/federation/credentials?role_name=Deployer&account_id=555555555555"
        ),
        (
            "legacy", "https://legacy.awsapps.com/start",
            "https://portal.sso.us-west-2.amazonaws.com/federation/credentials?role_name=ReadOnly&account_id=666666666666"
        ),
    ])
    func ssoTokenIsExchangedForRoleCredentials(profile: String, cacheKey: String, expectedURL: String) async throws {
        let home = try TemporaryHome(
            config: Self.ssoConfig,
            ssoCache: [cacheKey: #"{"accessToken":"sso-bearer","expiresAt":"2030-01-01T00:00:00Z","region":"x"}"#])
        defer { home.cleanup() }
        let transport = StubTransport(body: Self.ssoReply)
        let found = try await credentials(home.environment, profile: profile, transport: transport)
        #expect(found.signing.accessKeyID == "ASIASSO")
        #expect(found.signing.sessionToken == "ssotoken")
        #expect(found.expiration == Date(timeIntervalSince1970: 1_893_456_000))
        let request = try #require(transport.requests.first)
        #expect(request.method == "GET")
        #expect(request.url.absoluteString == expectedURL)
        #expect(request.header("x-amz-sso_bearer_token") == "sso-bearer")
        #expect(request.header("Authorization") == nil)
    }

    @Test func expiredSSOTokenAsksForLogin() async throws {
        let home = try TemporaryHome(
            config: Self.ssoConfig, ssoCache: ["corp": #"{"accessToken":"old","expiresAt":"2020-01-01T00:00:00UTC"}"#])
        defer { home.cleanup() }
        await #expect {
            _ = try await credentials(home.environment, profile: "sso")
        } throws: { error in
            "\(error)".contains("expired") && "\(error)".contains("aws sso login --profile sso")
        }
    }

    static let metadataReply = """
        {"AccessKeyId":"ASIAMETA","SecretAccessKey":"metasecret","Token":"metatoken","Expiration":"2030-01-01T00:00:00Z","Code":"Success"}
        """

    @Test func containerRelativeURIWithTokenFile() async throws {
        let home = try TemporaryHome(config: "")
        defer { home.cleanup() }
        let tokenFile = home.path + "/ecs-token"
        try "secret-agent-token\n".write(toFile: tokenFile, atomically: true, encoding: .utf8)
        var environment = home.environment
        environment["AWS_CONTAINER_CREDENTIALS_RELATIVE_URI"] = "/v2/credentials/abc"
        environment["AWS_CONTAINER_AUTHORIZATION_TOKEN"] = "ignored-when-file-set"
        environment["AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE"] = tokenFile
        let transport = StubTransport(body: Self.metadataReply)
        let found = try await credentials(environment, transport: transport)
        #expect(found.signing.accessKeyID == "ASIAMETA")
        #expect(found.signing.sessionToken == "metatoken")
        let request = try #require(transport.requests.first)
        #expect(request.url.absoluteString == "http://169.254.170.2/v2/credentials/abc")
        #expect(request.header("Authorization") == "secret-agent-token")
    }

    @Test(arguments: [
        ("http://127.0.0.1:9911/creds", true), ("https://creds.example.com/x", true),
        ("http://169.254.170.23/v1/credentials", true), ("http://10.0.0.5/creds", false),
    ])
    func containerFullURIMustBeLoopbackOrHTTPS(uri: String, allowed: Bool) async throws {
        var environment = ["HOME": "/nonexistent-home", "AWS_EC2_METADATA_DISABLED": "true"]
        environment["AWS_CONTAINER_CREDENTIALS_FULL_URI"] = uri
        environment["AWS_CONTAINER_AUTHORIZATION_TOKEN"] = "tok"
        let transport = StubTransport(body: Self.metadataReply)
        if allowed {
            #expect(try await credentials(environment, transport: transport).signing.accessKeyID == "ASIAMETA")
            #expect(transport.requests.first?.url.absoluteString == uri)
        } else {
            await #expect(throws: AWSCoreError.self) { _ = try await credentials(environment, transport: transport) }
            #expect(transport.requests.isEmpty)
        }
    }

    @Test func instanceMetadataV2PutsTokenThenReadsRole() async throws {
        let transport = StubTransport { request, _ in
            switch (
                request.method, request.url.absoluteString.replacingOccurrences(of: "http://169.254.169.254", with: "")
            ) {
            case ("PUT", "/latest/api/token"): HTTPResponse(status: 200, body: Array("imds-token".utf8))
            case ("GET", "/latest/meta-data/iam/security-credentials/"):
                HTTPResponse(status: 200, body: Array("web-role\n".utf8))
            case ("GET", "/latest/meta-data/iam/security-credentials/web-role"):
                HTTPResponse(status: 200, body: Array(Self.metadataReply.utf8))
            default: HTTPResponse(status: 404)
            }
        }
        let found = try await credentials(["HOME": "/nonexistent-home"], transport: transport)
        #expect(found.signing.accessKeyID == "ASIAMETA")
        let requests = transport.requests
        #expect(requests.map(\.method) == ["PUT", "GET", "GET"])
        #expect(requests[0].url.absoluteString == "http://169.254.169.254/latest/api/token")
        #expect(requests[0].header("x-aws-ec2-metadata-token-ttl-seconds") == "21600")
        #expect(requests[1].header("x-aws-ec2-metadata-token") == "imds-token")
        #expect(requests[2].header("x-aws-ec2-metadata-token") == "imds-token")
    }

    @Test func unreachableInstanceMetadataMeansNoCredentials() async throws {
        let transport = StubTransport { _, _ in throw TransportError(kind: .timeout, message: "timed out") }
        await #expect(throws: AWSCoreError.noCredentials) {
            _ = try await credentials(["HOME": "/nonexistent-home"], transport: transport)
        }
    }
}
