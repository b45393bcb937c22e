import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Proves the emulator test support: start, reset, call counts, faults and config.
extension Integration {
    @Suite struct EmulatorTests {
        /// Sends a raw awsJson1.1 ECS request (moto routes by the credential scope) and returns body and status.
        private func ecs(_ operation: String, body: String = "{}") async throws -> (String, Int) {
            let url = try await Emulator.shared.start()
            var request = URLRequest(url: url)
            request.httpMethod = "POST"
            request.httpBody = Data(body.utf8)
            request.setValue("AmazonEC2ContainerServiceV20141113.\(operation)", forHTTPHeaderField: "X-Amz-Target")
            request.setValue("application/x-amz-json-1.1", forHTTPHeaderField: "Content-Type")
            request.setValue(
                "AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/ecs/aws4_request, SignedHeaders=host, Signature=0",
                forHTTPHeaderField: "Authorization")
            let configuration = URLSessionConfiguration.ephemeral
            configuration.connectionProxyDictionary = [:]
            let (data, status) = try await Emulator.send(request, session: URLSession(configuration: configuration))
            return (String(decoding: data, as: UTF8.self), status)
        }

        /// The server starts once, answers raw ECS calls, counts them, and reset clears state and counts.
        @Test func startResetAndCountCalls() async throws {
            let emulator = Emulator.shared
            let url = try await emulator.start()
            #expect(url.host == "127.0.0.1")
            try await emulator.reset()
            let (body, status) = try await ecs("ListClusters")
            #expect(status == 200)
            #expect(body.contains("clusterArns"))
            _ = try await ecs("CreateCluster", body: #"{"clusterName":"prod"}"#)
            _ = try await ecs("ListClusters")
            #expect(try await emulator.callCounts() == ["ListClusters": 2, "CreateCluster": 1])
            try await emulator.resetCallCounts()
            #expect(try await emulator.callCounts().isEmpty)
            try await emulator.reset()
            let (after, _) = try await ecs("ListClusters")
            #expect(!after.contains("prod"))
        }

        /// An injected throttle hits exactly one call, in the awsJson error shape, and is counted.
        @Test func throttleFaultIsJSONShaped() async throws {
            let emulator = Emulator.shared
            try await emulator.reset()
            try await emulator.inject(fault: EmulatorFault(operation: "ListClusters", kind: .throttle, count: 1))
            let (body, status) = try await ecs("ListClusters")
            #expect(status == 400)
            #expect(body.contains("ThrottlingException"))
            let (_, retried) = try await ecs("ListClusters")
            #expect(retried == 200)
            #expect(try await emulator.callCounts()["ListClusters"] == 2)
        }

        /// Rollout config is accepted and the client environment points at the loopback server.
        @Test func configureAndEnvironment() async throws {
            let emulator = Emulator.shared
            try await emulator.configure(step: 2, mode: .time, secondsPerStep: 0.1)
            try await emulator.reset()
            let env = try await emulator.environment
            #expect(env["AWS_ENDPOINT_URL"]?.hasPrefix("http://127.0.0.1:") == true)
            #expect(env["AWS_REGION"] == "us-east-1")
            #expect(env["AWS_ACCESS_KEY_ID"] == "test")
        }
    }
}
