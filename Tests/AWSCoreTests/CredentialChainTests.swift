import Foundation
import Logging
import Testing

@testable import AWSCore

/// Environment pointing at the fixture config files, with instance metadata disabled.
private func fixtureEnvironment(_ extra: [String: String] = [:], home: String = "/nonexistent-home") -> [String: String]
{
    [
        "AWS_CONFIG_FILE": TestSupport.fixture("config"),
        "AWS_SHARED_CREDENTIALS_FILE": TestSupport.fixture("credentials"),
        "AWS_EC2_METADATA_DISABLED": "true", "HOME": home,
    ].merging(extra) { $1 }
}

private func stsReply(_ action: String, key: String) -> String {
    """
    <\(action)Response xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><\(action)Result>
      <Credentials><AccessKeyId>\(key)</AccessKeyId><SecretAccessKey>secret-\(key)</SecretAccessKey>
      <SessionToken>token-\(key)</SessionToken><Expiration>2030-01-01T00:00:00Z</Expiration></Credentials>
    </\(action)Result><ResponseMetadata><RequestId>r-1</RequestId></ResponseMetadata></\(action)Response>
    """
}

/// An STS stub that answers AssumeRole calls with keys `ASIA1`, `ASIA2`, … in call order.
private func stsStub() -> StubTransport {
    StubTransport { request, index in
        let action = request.bodyText.contains("AssumeRoleWithWebIdentity") ? "AssumeRoleWithWebIdentity" : "AssumeRole"
        return HTTPResponse(status: 200, body: Array(stsReply(action, key: "ASIA\(index + 1)").utf8))
    }
}

private func resolve(
    _ environment: [String: String], profile: String? = nil, transport: StubTransport = stsStub(),
    assumeRoleARN: String? = nil
) async throws -> AWSCredentials {
    let client = try AWSClient(
        options: AWSClientOptions(region: "us-east-1", profile: profile, assumeRoleARN: assumeRoleARN),
        environment: environment, transport: transport, logger: Logger(label: "test"))
    return try await client.credentialProvider.credentials()
}

@Suite struct CredentialChainTests {
    @Test func environmentKeysWinOverProfiles() async throws {
        let found = try await resolve(
            fixtureEnvironment(["AWS_ACCESS_KEY_ID": "AKIDENV", "AWS_SECRET_ACCESS_KEY": "envsecret"]))
        #expect(found.signing.accessKeyID == "AKIDENV")
        #expect(found.signing.sessionToken == nil)
    }

    @Test(
        arguments: [
            (nil, [:], "AKIDDEFAULT"),
            ("static", [:], "AKIDSTATIC"),
            (nil, ["AWS_PROFILE": "static"], "AKIDSTATIC"),
            ("onlyconfig", ["AWS_PROFILE": "static"], "AKIDCONFIG"),
            ("self", [:], "ASIA1"),
        ] as [(String?, [String: String], String)])
    func profileSelection(profile: String?, extra: [String: String], expectedKey: String) async throws {
        let found = try await resolve(fixtureEnvironment(extra), profile: profile)
        #expect(found.signing.accessKeyID == expectedKey)
    }

    @Test func staticProfileKeepsSessionToken() async throws {
        let found = try await resolve(fixtureEnvironment(), profile: "static")
        #expect(found.signing.sessionToken == "statictoken")
    }

    @Test func missingExplicitProfileIsAnError() async throws {
        #expect(throws: AWSCoreError.profileNotFound("nope")) {
            _ = try AWSClient(
                options: AWSClientOptions(region: "us-east-1", profile: "nope"), environment: fixtureEnvironment(),
                logger: Logger(label: "test"))
        }
    }

    @Test func sourceProfileAssumesRoleWithBaseKeys() async throws {
        let transport = stsStub()
        let found = try await resolve(fixtureEnvironment(), profile: "dev", transport: transport)
        #expect(found.signing.accessKeyID == "ASIA1")
        #expect(found.signing.sessionToken == "token-ASIA1")
        #expect(found.expiration == Date(timeIntervalSince1970: 1_893_456_000))
        let request = try #require(transport.requests.first)
        #expect(request.url.absoluteString == "https://sts.us-east-1.amazonaws.com/")
        #expect(request.header("Authorization")?.contains("Credential=AKIDBASE/") == true)
        #expect(request.header("Authorization")?.contains("/us-east-1/sts/aws4_request") == true)
        #expect(request.bodyText.contains("Action=AssumeRole&Version=2011-06-15"))
        #expect(request.bodyText.contains("RoleArn=arn%3Aaws%3Aiam%3A%3A111111111111%3Arole%2Fdev"))
        #expect(request.bodyText.contains("RoleSessionName=dev-session"))
        #expect(request.bodyText.contains("ExternalId=ext-123"))
    }

    @Test func nestedRoleChainSignsEachHopWithThePreviousCredentials() async throws {
        let transport = stsStub()
        let found = try await resolve(fixtureEnvironment(), profile: "nested", transport: transport)
        #expect(found.signing.accessKeyID == "ASIA2")
        #expect(transport.requests.count == 2)
        #expect(transport.requests[0].bodyText.contains("role%2Fdev"))
        #expect(transport.requests[1].bodyText.contains("role%2Fnested"))
        #expect(transport.requests[1].header("Authorization")?.contains("Credential=ASIA1/") == true)
        #expect(transport.requests[1].header("X-Amz-Security-Token") == "token-ASIA1")
    }

    @Test func sourceProfileCycleIsReported() async throws {
        await #expect {
            _ = try await resolve(fixtureEnvironment(), profile: "loopa")
        } throws: { error in
            "\(error)".contains("source_profile cycle: loopa -> loopb -> loopa")
        }
    }

    @Test func globalAssumeRoleWrapsTheChain() async throws {
        let transport = stsStub()
        let found = try await resolve(
            fixtureEnvironment(), profile: "static", transport: transport,
            assumeRoleARN: "arn:aws:iam::999999999999:role/deployer")
        #expect(found.signing.accessKeyID == "ASIA1")
        #expect(transport.requests.first?.header("Authorization")?.contains("Credential=AKIDSTATIC/") == true)
        #expect(transport.requests.first?.bodyText.contains("role%2Fdeployer") == true)
    }

    @Test func webIdentityFromEnvironmentIsAnUnsignedSTSCall() async throws {
        let transport = stsStub()
        let found = try await resolve(
            fixtureEnvironment([
                "AWS_WEB_IDENTITY_TOKEN_FILE": TestSupport.fixture("web_identity_token"),
                "AWS_ROLE_ARN": "arn:aws:iam::777777777777:role/oidc", "AWS_ROLE_SESSION_NAME": "gha",
                "AWS_ENDPOINT_URL_STS": "http://127.0.0.1:4599",
            ]), transport: transport)
        #expect(found.signing.accessKeyID == "ASIA1")
        let request = try #require(transport.requests.first)
        #expect(request.url.absoluteString == "http://127.0.0.1:4599/")
        #expect(request.header("Authorization") == nil)
        #expect(request.header("Content-Type") == "application/x-www-form-urlencoded; charset=utf-8")
        #expect(request.bodyText.contains("Action=AssumeRoleWithWebIdentity"))
        #expect(request.bodyText.contains("WebIdentityToken=eyJhbGciOiJSUzI1NiJ9.web-identity-token"))
        #expect(request.bodyText.contains("RoleSessionName=gha"))
    }

    @Test func nothingFoundSaysWhatToSet() async throws {
        let environment = ["AWS_EC2_METADATA_DISABLED": "true", "HOME": "/nonexistent-home"]
        await #expect(throws: AWSCoreError.noCredentials) {
            _ = try await resolve(environment)
        }
        #expect(AWSCoreError.noCredentials.description.hasPrefix("no AWS credentials found: set AWS_ACCESS_KEY_ID/"))
    }

    @Test func cachedProviderRefreshesFiveMinutesBeforeExpiry() async throws {
        let clock = MutableClock(Date(timeIntervalSince1970: 0))
        let counter = CountingProvider(expiresIn: 3600, clock: clock)
        let cache = CachedCredentialProvider(counter, now: { clock.now })
        _ = try await cache.credentials()
        clock.advance(3600 - 301)
        #expect(try await cache.credentials().signing.accessKeyID == "AKID1")
        clock.advance(2)
        #expect(try await cache.credentials().signing.accessKeyID == "AKID2")
    }
}

/// A settable clock for expiry tests.
final class MutableClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date
    init(_ start: Date) { current = start }
    var now: Date { lock.withLock { current } }
    func advance(_ seconds: TimeInterval) { lock.withLock { current += seconds } }
}

/// Returns `AKID1`, `AKID2`, … each expiring `expiresIn` seconds after the clock's time.
final class CountingProvider: CredentialProvider, @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    let expiresIn: TimeInterval
    let clock: MutableClock
    init(expiresIn: TimeInterval, clock: MutableClock) {
        self.expiresIn = expiresIn
        self.clock = clock
    }

    func credentials() async throws -> AWSCredentials {
        let number = lock.withLock {
            count += 1
            return count
        }
        return AWSCredentials(
            accessKeyID: "AKID\(number)", secretAccessKey: "s", expiration: clock.now + expiresIn)
    }
}
