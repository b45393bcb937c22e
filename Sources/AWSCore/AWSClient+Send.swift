import Foundation
import Logging
import SigV4

/// One logical API call before signing; the retry loop turns it into attempts.
struct AWSCall: Sendable {
    var service: AWSService
    var operation: String
    var method: String
    /// Percent-encoded path, starting with `/`.
    var path: String
    var query: [(String, String)]
    var headers: [(name: String, value: String)]
    var body: [UInt8]
    var payload: SigV4PayloadMode = .signed
    /// For S3 on real AWS: the bucket that moves from the path into the host name.
    var bucketHost: Bool = false
}

extension AWSClient {
    /// Signs and sends a call, retrying per the policy; returns the 2xx response or throws `AWSError`,
    /// `TransportError` or `AWSCoreError`.
    func perform(_ call: AWSCall) async throws -> HTTPResponse {
        var endpoint = try endpoint(for: call.service)
        var path = call.path
        if call.bucketHost { (endpoint, path) = endpoint.s3Addressing(path: path) }
        let url = endpoint.url(path: path, query: call.query)
        let signer = SigV4Signer(service: call.service.signingName, region: endpoint.signingRegion)
        var attempt = 1
        while true {
            let credentials = try await credentialProvider.credentials()
            let unsigned = SigV4Request(
                method: call.method, url: url,
                headers: call.headers.map { SigV4Header(name: $0.name, value: $0.value) },
                body: call.body)
            let signed = signer.sign(
                unsigned, credentials: credentials.signing, date: runtime.now(), payload: call.payload)
            let request = HTTPRequest(
                method: call.method, url: url, headers: signed.map { (name: $0.name, value: $0.value) },
                body: call.body,
                timeout: options.requestTimeout)
            logger.trace(
                "aws request",
                metadata: [
                    "service": "\(call.service.serviceID)", "operation": "\(call.operation)",
                    "url": "\(url.absoluteString)", "headers": "\(Redaction.redacted(request.headers))",
                ])
            let started = ContinuousClock.now
            let outcome: RetryOutcome
            do {
                let response = try await transport.send(request)
                let latency = ContinuousClock.now - started
                log(call, attempt: attempt, status: "\(response.status)", latency: latency)
                if (200..<300).contains(response.status) { return response }
                let error = AWSError.from(
                    response: response, wireProtocol: call.service.wireProtocol, service: call.service.serviceID,
                    operation: call.operation)
                outcome = .serviceError(error)
            } catch let error as TransportError {
                log(call, attempt: attempt, status: "\(error.kind)", latency: ContinuousClock.now - started)
                outcome = .transportError(error)
            }
            switch retryPolicy.decide(attempt: attempt, outcome: outcome) {
            case .giveUp:
                switch outcome {
                case .serviceError(let error): throw error
                case .transportError(let error): throw error
                }
            case .retry(let delay):
                logger.debug(
                    "aws retry",
                    metadata: [
                        "service": "\(call.service.serviceID)", "operation": "\(call.operation)",
                        "attempt": "\(attempt)", "delay_ms": "\(Self.milliseconds(delay))",
                    ])
                try await runtime.sleep(delay)
                attempt += 1
            }
        }
    }

    func log(_ call: AWSCall, attempt: Int, status: String, latency: Duration) {
        logger.debug(
            "aws call",
            metadata: [
                "service": "\(call.service.serviceID)", "operation": "\(call.operation)", "status": "\(status)",
                "latency_ms": "\(Self.milliseconds(latency))", "attempt": "\(attempt)",
            ])
    }

    static func milliseconds(_ duration: Duration) -> Int64 {
        let parts = duration.components
        return parts.seconds * 1000 + parts.attoseconds / 1_000_000_000_000_000
    }
}
