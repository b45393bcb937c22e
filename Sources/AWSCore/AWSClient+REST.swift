import Documents
import Foundation

extension AWSClient {
    /// Calls a rest-json operation (Scheduler): method, path, query string and an optional JSON body.
    ///
    /// `path` is given unencoded (`/schedules/my schedule`); each segment is percent-encoded here.
    /// The operation name in logs and errors is `METHOD /first-segment`.
    public func rest(
        _ service: AWSService, method: String, path: String, query: [(String, String)] = [], body: JSONValue? = nil
    ) async throws -> JSONValue {
        var headers: [(name: String, value: String)] = []
        var bytes: [UInt8] = []
        if let body {
            headers.append((name: "Content-Type", value: "application/json"))
            bytes = Array(body.compactText.utf8)
        }
        let operation = Self.restOperationName(method: method, path: path)
        let call = AWSCall(
            service: service, operation: operation, method: method.uppercased(),
            path: PercentEncoding.encode(path.hasPrefix("/") ? path : "/" + path, keepSlash: true), query: query,
            headers: headers, body: bytes)
        let response = try await perform(call)
        return try Self.decodeJSON(response, service: service, operation: operation)
    }

    /// Fetches raw bytes from a rest-xml service (S3 `GetObject`: `GET /bucket/key`).
    ///
    /// Uses path-style addressing when the endpoint is an IP address or localhost (moto), and
    /// virtual-hosted style (`bucket.s3.region.amazonaws.com/key`) otherwise when the bucket name allows it.
    public func restData(
        _ service: AWSService, method: String, path: String, query: [(String, String)] = []
    ) async throws -> [UInt8] {
        let operation = Self.restOperationName(method: method, path: path)
        let encodedPath = PercentEncoding.encode(path.hasPrefix("/") ? path : "/" + path, keepSlash: true)
        var call = AWSCall(
            service: service, operation: operation, method: method.uppercased(), path: encodedPath, query: query,
            headers: [], body: [])
        call.bucketHost = service.signingName == "s3"
        let response = try await perform(call)
        return response.body
    }

    /// `GET /schedules` for logs and error messages, since REST calls carry no operation name.
    static func restOperationName(method: String, path: String) -> String {
        let first = path.split(separator: "/").first.map { "/\($0)" } ?? "/"
        return "\(method.uppercased()) \(first)"
    }
}

extension Endpoint {
    /// Moves the bucket from the path into the host for virtual-hosted S3, when allowed.
    ///
    /// Returns the endpoint and path unchanged for path-style endpoints and for bucket names with
    /// dots or upper-case letters (not valid in a TLS host name match).
    func s3Addressing(path: String) -> (endpoint: Endpoint, path: String) {
        guard !s3PathStyle, var components = URLComponents(url: url, resolvingAgainstBaseURL: false),
            let host = components.host
        else { return (self, path) }
        let trimmed = path.drop { $0 == "/" }
        let bucket = trimmed.prefix { $0 != "/" }
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789-")
        guard !bucket.isEmpty, bucket.allSatisfy({ allowed.contains($0) }) else { return (self, path) }
        components.host = "\(bucket).\(host)"
        guard let newURL = components.url else { return (self, path) }
        let rest = trimmed.dropFirst(bucket.count)
        var moved = self
        moved.url = newURL
        return (moved, rest.isEmpty ? "/" : String(rest))
    }
}
