import Foundation
import Logging
import Synchronization

@testable import AWSCore

/// A transport that answers from a handler and records every request.
final class StubTransport: HTTPTransport, Sendable {
    typealias Handler = @Sendable (HTTPRequest, Int) throws -> HTTPResponse
    private let handler: Handler
    private let recorded = Mutex<[HTTPRequest]>([])

    init(_ handler: @escaping Handler) { self.handler = handler }

    /// Answers every request with the same response.
    convenience init(status: Int = 200, headers: [(name: String, value: String)] = [], body: String) {
        self.init { _, _ in HTTPResponse(status: status, headers: headers, body: Array(body.utf8)) }
    }

    var requests: [HTTPRequest] { recorded.withLock { $0 } }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let index = recorded.withLock { list in
            list.append(request)
            return list.count - 1
        }
        return try handler(request, index)
    }
}

extension HTTPRequest {
    var bodyText: String { String(decoding: body, as: UTF8.self) }
}

/// A runtime with a fixed clock, a recording no-op sleeper and constant jitter.
final class TestRuntime: Sendable {
    private let slept = Mutex<[Duration]>([])
    let date: Date

    init(date: Date = Date(timeIntervalSince1970: 1_700_000_000)) { self.date = date }

    var sleeps: [Duration] { slept.withLock { $0 } }

    func record(_ duration: Duration) { slept.withLock { $0.append(duration) } }

    var runtime: AWSRuntime {
        AWSRuntime(
            now: { [date] in date }, sleep: { duration in self.record(duration) },
            random: { 0.5 })
    }
}

enum TestSupport {
    static let baseEnvironment = [
        "AWS_ACCESS_KEY_ID": "AKIDEXAMPLE", "AWS_SECRET_ACCESS_KEY": "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
        "AWS_REGION": "ap-northeast-1", "HOME": "/nonexistent-home",
    ]

    static func client(
        _ transport: StubTransport, environment: [String: String] = baseEnvironment,
        runtime: TestRuntime = TestRuntime(),
        options: AWSClientOptions = AWSClientOptions(), logger: Logger = Logger(label: "test")
    ) throws -> AWSClient {
        try AWSClient(
            options: options, environment: environment, transport: transport, logger: logger,
            runtime: runtime.runtime)
    }

    static func fixture(_ name: String) -> String {
        Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil)!.path
    }
}
