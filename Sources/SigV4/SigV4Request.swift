import Foundation

/// AWS credentials as the signer needs them.
public struct SigV4Credentials: Sendable, Equatable {
    /// The access key id (`AKIA…`/`ASIA…`).
    public var accessKeyID: String
    /// The secret access key.
    public var secretAccessKey: String
    /// The session token of temporary credentials.
    public var sessionToken: String?

    /// Creates credentials.
    public init(accessKeyID: String, secretAccessKey: String, sessionToken: String? = nil) {
        self.accessKeyID = accessKeyID
        self.secretAccessKey = secretAccessKey
        self.sessionToken = sessionToken
    }
}

/// One HTTP header.
public struct SigV4Header: Sendable, Equatable {
    /// The header name as sent.
    public var name: String
    /// The header value.
    public var value: String

    /// Creates a header.
    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

/// The parts of an HTTP request that take part in the signature.
public struct SigV4Request: Sendable {
    /// `GET`, `POST` …
    public var method: String
    /// The full URL; its path must already be percent-encoded as it goes on the wire.
    public var url: URL
    /// The headers to send (without `host`, `x-amz-date` or `authorization`: the signer adds them).
    public var headers: [SigV4Header]
    /// The body bytes.
    public var body: [UInt8]

    /// Creates a request to sign.
    public init(method: String, url: URL, headers: [SigV4Header], body: [UInt8]) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
    }
}

/// How the payload is represented in the signature.
public enum SigV4PayloadMode: Sendable {
    /// The SHA-256 of the body.
    case signed
    /// The literal `UNSIGNED-PAYLOAD` (S3 over TLS).
    case unsigned
}
