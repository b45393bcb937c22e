import Foundation

/// One HTTP request as AWSCore sends it: already signed, with an explicit `Content-Type` when it has a body.
public struct HTTPRequest: Sendable {
    /// `GET`, `POST`, `PUT`, …
    public var method: String
    /// The full URL, with the path and query string already percent-encoded.
    public var url: URL
    /// Headers in send order.
    public var headers: [(name: String, value: String)]
    /// The body bytes (empty for none).
    public var body: [UInt8]
    /// How long this attempt may take before the transport gives up.
    public var timeout: Duration

    /// Creates a request.
    public init(
        method: String, url: URL, headers: [(name: String, value: String)] = [], body: [UInt8] = [],
        timeout: Duration = .seconds(30)
    ) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.timeout = timeout
    }

    /// The first value of a header, matched case-insensitively.
    public func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }
}

/// One HTTP response: status, headers and the whole body.
public struct HTTPResponse: Sendable {
    /// The HTTP status code.
    public var status: Int
    /// Response headers.
    public var headers: [(name: String, value: String)]
    /// The body bytes.
    public var body: [UInt8]

    /// Creates a response.
    public init(status: Int, headers: [(name: String, value: String)] = [], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The first value of a header, matched case-insensitively.
    public func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }

    /// The body decoded as UTF-8 (lossy).
    public var bodyText: String { String(decoding: body, as: UTF8.self) }
}

/// Sends HTTP requests; the one I/O edge of every AWS call, replaced by a stub in tests.
public protocol HTTPTransport: Sendable {
    /// Sends one request and returns the response, or throws a `TransportError`.
    func send(_ request: HTTPRequest) async throws -> HTTPResponse
}

/// A failure below HTTP: the request got no response.
public struct TransportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Why no response came.
    public enum Kind: Sendable, Equatable {
        /// The attempt exceeded its timeout.
        case timeout
        /// The connection could not be made or was dropped; safe to retry.
        case connection
        /// Anything else (bad URL, TLS failure, cancellation).
        case other
    }

    /// Why no response came.
    public var kind: Kind
    /// A human-readable reason.
    public var message: String

    /// Creates a transport error.
    public init(kind: Kind, message: String) {
        self.kind = kind
        self.message = message
    }

    /// `timeout: …`, `connection: …`.
    public var description: String { "\(kind): \(message)" }
}
