import Foundation
import Logging
import Testing

@testable import AWSCore

private func serviceError(_ code: String, _ status: Int = 400) -> RetryOutcome {
    .serviceError(AWSError(code: code, message: "", statusCode: status, service: "ECS", operation: "Op"))
}

@Suite struct RetryPolicyTests {
    static let policy = RetryPolicy(maxAttempts: 3, random: { 0.5 })

    @Test(
        arguments: [
            (1, serviceError("ThrottlingException"), RetryDecision.retry(after: .milliseconds(500))),
            (2, serviceError("Throttling"), .retry(after: .seconds(1))),
            (3, serviceError("Throttling"), .giveUp),
            (1, serviceError("RequestLimitExceeded"), .retry(after: .milliseconds(500))),
            (1, serviceError("SlowDown", 503), .retry(after: .milliseconds(500))),
            (1, serviceError("InternalFailure", 500), .retry(after: .milliseconds(500))),
            (1, serviceError("BadGateway", 502), .retry(after: .milliseconds(500))),
            (1, serviceError("GatewayTimeout", 504), .retry(after: .milliseconds(500))),
            (1, serviceError("RequestTimeout", 400), .retry(after: .milliseconds(500))),
            (1, serviceError("NotImplemented", 501), .giveUp),
            (1, serviceError("AccessDeniedException"), .giveUp),
            (1, serviceError("ClusterNotFoundException"), .giveUp),
            (1, .transportError(TransportError(kind: .timeout, message: "")), .retry(after: .milliseconds(500))),
            (1, .transportError(TransportError(kind: .connection, message: "")), .retry(after: .milliseconds(500))),
            (1, .transportError(TransportError(kind: .other, message: "")), .giveUp),
        ] as [(Int, RetryOutcome, RetryDecision)])
    func decisionTable(attempt: Int, outcome: RetryOutcome, expected: RetryDecision) {
        #expect(Self.policy.decide(attempt: attempt, outcome: outcome) == expected)
    }

    @Test(arguments: [
        (1, 1.0, Duration.seconds(1)), (2, 1.0, .seconds(2)), (5, 1.0, .seconds(16)), (6, 1.0, .seconds(20)),
        (30, 0.99, .seconds(20)), (4, 0.0, .zero), (3, 0.25, .seconds(1)),
    ])
    func backoffIsJitteredExponentialCappedAt20Seconds(attempt: Int, random: Double, expected: Duration) {
        let policy = RetryPolicy(maxAttempts: 100, random: { random })
        #expect(policy.backoff(attempt: attempt) == expected)
    }

    @Test func maxAttemptsComesFromOptionThenEnvironment() throws {
        let transport = StubTransport(body: "{}")
        var environment = TestSupport.baseEnvironment
        environment["AWS_MAX_ATTEMPTS"] = "7"
        #expect(try TestSupport.client(transport, environment: environment).retryPolicy.maxAttempts == 7)
        let explicit = try TestSupport.client(
            transport, environment: environment, options: AWSClientOptions(maxAttempts: 2))
        #expect(explicit.retryPolicy.maxAttempts == 2)
        #expect(try TestSupport.client(transport).retryPolicy.maxAttempts == 3)
    }

    @Test func throttledTwiceThenSucceedsOnTheThirdAttemptWithoutSleeping() async throws {
        let transport = StubTransport { _, index in
            if index < 2 {
                return HTTPResponse(
                    status: 400, body: Array(#"{"__type":"ThrottlingException","message":"Rate exceeded"}"#.utf8))
            }
            return HTTPResponse(status: 200, body: Array(#"{"services":[]}"#.utf8))
        }
        let runtime = TestRuntime()
        let client = try TestSupport.client(transport, runtime: runtime)
        let reply = try await client.json(.ecs, "DescribeServices", ["cluster": "c"])
        #expect(reply["services"] == [])
        #expect(transport.requests.count == 3)
        #expect(runtime.sleeps == [.milliseconds(500), .seconds(1)])
        // Each attempt is signed afresh with the same body.
        #expect(Set(transport.requests.map(\.bodyText)) == [#"{"cluster":"c"}"#])
    }

    @Test func throttlingThatNeverStopsSurfacesTheLastError() async throws {
        let transport = StubTransport(
            status: 400,
            body:
                "<ErrorResponse><Error><Code>Throttling</Code><Message>Rate exceeded</Message></Error></ErrorResponse>")
        let runtime = TestRuntime()
        let client = try TestSupport.client(transport, runtime: runtime)
        await #expect {
            _ = try await client.query(.elbv2, "DescribeTargetGroups", [])
        } throws: { error in
            (error as? AWSError)?.code == "Throttling"
        }
        #expect(transport.requests.count == 3)
        #expect(runtime.sleeps.count == 2)
    }

    @Test func connectionErrorsAreRetriedThenThrownAsTransportErrors() async throws {
        let transport = StubTransport { _, _ in throw TransportError(kind: .connection, message: "reset by peer") }
        let client = try TestSupport.client(transport)
        await #expect(throws: TransportError(kind: .connection, message: "reset by peer")) {
            _ = try await client.json(.ecs, "ListClusters", [:])
        }
        #expect(transport.requests.count == 3)
    }

    @Test func accessDeniedIsNotRetried() async throws {
        let transport = StubTransport(status: 400, body: #"{"__type":"AccessDeniedException","Message":"no"}"#)
        let client = try TestSupport.client(transport)
        await #expect(throws: AWSError.self) { _ = try await client.json(.ecs, "ListClusters", [:]) }
        #expect(transport.requests.count == 1)
    }
}
