import Foundation

/// Signs requests with AWS Signature Version 4 (header form).
///
/// Pure: the date is a parameter, so the output is fixed for a given input and is tested
/// against vectors produced by botocore's `SigV4Auth`.
public struct SigV4Signer: Sendable {
    /// The signing name of the service (`ecs`, `events`, `s3` …).
    public var service: String
    /// The region in the credential scope.
    public var region: String

    /// Creates a signer for one service and region.
    public init(service: String, region: String) {
        self.service = service
        self.region = region
    }

    /// Headers that are sent but never signed, as botocore does.
    static let unsignedHeaders: Set<String> = [
        "expect", "transfer-encoding", "user-agent", "x-amzn-trace-id", "authorization",
    ]

    /// Returns all headers to send: the request's own plus `host`, `x-amz-date`,
    /// `x-amz-security-token` (temporary credentials), `x-amz-content-sha256` (S3) and `authorization`.
    public func sign(
        _ request: SigV4Request, credentials: SigV4Credentials, date: Date, payload: SigV4PayloadMode = .signed
    ) -> [SigV4Header] {
        let stamp = SigV4Timestamp(date)
        let payloadHash = payload == .unsigned ? "UNSIGNED-PAYLOAD" : Digest.sha256Hex(request.body)
        var headers = request.headers.filter {
            !["host", "x-amz-date", "authorization"].contains($0.name.lowercased())
        }
        headers.insert(SigV4Header(name: "host", value: Self.hostHeader(request.url)), at: 0)
        headers.append(SigV4Header(name: "x-amz-date", value: stamp.dateTime))
        if let token = credentials.sessionToken,
            !headers.contains(where: { $0.name.lowercased() == "x-amz-security-token" })
        {
            headers.append(SigV4Header(name: "x-amz-security-token", value: token))
        }
        if service == "s3", !headers.contains(where: { $0.name.lowercased() == "x-amz-content-sha256" }) {
            headers.append(SigV4Header(name: "x-amz-content-sha256", value: payloadHash))
        }
        let canonical = canonicalRequest(request, headers: headers, payloadHash: payloadHash)
        let scope = "\(stamp.date)/\(region)/\(service)/aws4_request"
        let stringToSign =
            "AWS4-HMAC-SHA256\n\(stamp.dateTime)\n\(scope)\n\(Digest.sha256Hex(Array(canonical.request.utf8)))"
        let signature = Digest.hex(
            Digest.hmacSHA256(key: signingKey(credentials, date: stamp.date), data: Array(stringToSign.utf8)))
        headers.append(
            SigV4Header(
                name: "authorization",
                value:
                    "AWS4-HMAC-SHA256 Credential=\(credentials.accessKeyID)/\(scope), SignedHeaders=\(canonical.signedHeaders), Signature=\(signature)"
            ))
        return headers
    }

    /// The canonical request text and the signed-header list, as defined by SigV4.
    func canonicalRequest(_ request: SigV4Request, headers: [SigV4Header], payloadHash: String) -> (
        request: String, signedHeaders: String
    ) {
        var byName: [String: [String]] = [:]
        for header in headers where !Self.unsignedHeaders.contains(header.name.lowercased()) {
            byName[header.name.lowercased(), default: []].append(Self.trimmed(header.value))
        }
        let names = byName.keys.sorted()
        let canonicalHeaders = names.map { "\($0):\(byName[$0]!.joined(separator: ","))\n" }.joined()
        let signedHeaders = names.joined(separator: ";")
        let text = [
            request.method.uppercased(),
            canonicalURI(request.url),
            Self.canonicalQuery(request.url),
            canonicalHeaders,
            signedHeaders,
            payloadHash,
        ].joined(separator: "\n")
        return (text, signedHeaders)
    }

    /// The path, URI-encoded once more for every service but S3 (which signs the path as sent).
    func canonicalURI(_ url: URL) -> String {
        let raw = URLComponents(url: url, resolvingAgainstBaseURL: false)?.percentEncodedPath ?? "/"
        let path = raw.isEmpty ? "/" : raw
        if service == "s3" { return path }
        return SigV4Encoding.encode(Self.normalized(path), keepSlash: true)
    }

    /// Removes `.` and `..` segments and duplicate slashes, as botocore does for non-S3 services.
    static func normalized(_ path: String) -> String {
        var out: [Substring] = []
        for segment in path.split(separator: "/", omittingEmptySubsequences: true) {
            if segment == "." { continue }
            if segment == ".." {
                _ = out.popLast()
                continue
            }
            out.append(segment)
        }
        let joined = "/" + out.joined(separator: "/")
        return path.hasSuffix("/") && joined != "/" ? joined + "/" : joined
    }

    /// The canonical query: pairs encoded, then sorted by name and value.
    static func canonicalQuery(_ url: URL) -> String {
        guard let query = URLComponents(url: url, resolvingAgainstBaseURL: false)?.percentEncodedQuery, !query.isEmpty
        else { return "" }
        let pairs: [(String, String)] = query.split(separator: "&").map { part in
            let kv = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let key = SigV4Encoding.decode(String(kv[0]))
            let value = kv.count > 1 ? SigV4Encoding.decode(String(kv[1])) : ""
            return (SigV4Encoding.encode(key, keepSlash: false), SigV4Encoding.encode(value, keepSlash: false))
        }
        return
            pairs
            .sorted { $0.0 == $1.0 ? $0.1 < $1.1 : $0.0 < $1.0 }
            .map { "\($0.0)=\($0.1)" }
            .joined(separator: "&")
    }

    /// The `host` header: the host, with the port unless it is the scheme's default.
    static func hostHeader(_ url: URL) -> String {
        let host = url.host ?? ""
        guard let port = url.port else { return host }
        if (url.scheme == "https" && port == 443) || (url.scheme == "http" && port == 80) { return host }
        return "\(host):\(port)"
    }

    /// Trims a header value and collapses runs of spaces, as SigV4 requires.
    static func trimmed(_ value: String) -> String {
        value.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
            .trimmingCharacters(in: .whitespaces)
    }

    /// The derived key `kSigning` for a date.
    func signingKey(_ credentials: SigV4Credentials, date: String) -> [UInt8] {
        let kDate = Digest.hmacSHA256(key: Array("AWS4\(credentials.secretAccessKey)".utf8), data: Array(date.utf8))
        let kRegion = Digest.hmacSHA256(key: kDate, data: Array(region.utf8))
        let kService = Digest.hmacSHA256(key: kRegion, data: Array(service.utf8))
        return Digest.hmacSHA256(key: kService, data: Array("aws4_request".utf8))
    }
}
