import Foundation
import Logging
import Synchronization
import Testing

@testable import AWSCore

/// Collects every log line (message and metadata) as text.
final class LogCapture: Sendable {
    private let lines = Mutex<[String]>([])

    var text: String { lines.withLock { $0.joined(separator: "\n") } }
    var entries: [String] { lines.withLock { $0 } }

    func append(_ line: String) { lines.withLock { $0.append(line) } }

    func logger(level: Logger.Level = .trace) -> Logger {
        var logger = Logger(label: "capture") { _ in CapturingHandler(capture: self) }
        logger.logLevel = level
        return logger
    }
}

struct CapturingHandler: LogHandler {
    let capture: LogCapture
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace
    var metadataProvider: Logger.MetadataProvider?

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let merged = metadata.merging(event.metadata ?? [:]) { $1 }
        let fields = merged.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        capture.append("\(event.level) \(event.message) \(fields)")
    }
}

@Suite struct RedactionTests {
    @Test func noSecretReachesTheLogEvenAtTraceLevel() async throws {
        let secret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
        let token = "FwoGZXIvYXdzEXAMPLESESSIONTOKEN"
        let environment = [
            "AWS_ACCESS_KEY_ID": "AKIDEXAMPLE", "AWS_SECRET_ACCESS_KEY": secret, "AWS_SESSION_TOKEN": token,
            "AWS_REGION": "us-east-1", "HOME": "/nonexistent-home",
        ]
        let transport = StubTransport { _, index in
            index == 0
                ? HTTPResponse(status: 400, body: Array(#"{"__type":"ThrottlingException"}"#.utf8))
                : HTTPResponse(status: 200, body: Array("{}".utf8))
        }
        let capture = LogCapture()
        let client = try TestSupport.client(transport, environment: environment, logger: capture.logger())
        _ = try await client.json(.ecs, "ListClusters", [:])
        let signature = try #require(
            transport.requests.first?.header("Authorization")?.components(separatedBy: "Signature=").last)
        let log = capture.text
        #expect(!log.isEmpty)
        for forbidden in [secret, token, signature] {
            #expect(!log.contains(forbidden))
        }
        #expect(log.contains("authorization: ***"))
        #expect(log.contains("x-amz-security-token: ***"))
    }

    @Test func debugLineHasServiceOperationStatusLatencyAndAttempt() async throws {
        let capture = LogCapture()
        let client = try TestSupport.client(StubTransport(body: "{}"), logger: capture.logger(level: .debug))
        _ = try await client.json(.ecs, "ListClusters", [:])
        let line = try #require(capture.entries.first { $0.contains("aws call") })
        for field in ["service=ECS", "operation=ListClusters", "status=200", "latency_ms=", "attempt=1"] {
            #expect(line.contains(field))
        }
    }

    @Test(arguments: [
        ("Authorization", "AWS4-HMAC-SHA256 Credential=AKID/…", "Authorization: ***"),
        ("X-Amz-Security-Token", "tok", "X-Amz-Security-Token: ***"),
        ("x-amz-sso_bearer_token", "bearer", "x-amz-sso_bearer_token: ***"),
        ("x-aws-ec2-metadata-token", "imds", "x-aws-ec2-metadata-token: ***"),
        ("X-Amz-Target", "AWSEvents.PutRule", "X-Amz-Target: AWSEvents.PutRule"),
    ])
    func headerRedaction(name: String, value: String, expected: String) {
        #expect(Redaction.redacted([(name: name, value: value)]) == expected)
    }
}
