import Foundation

/// Where a call goes and how it is signed.
struct Endpoint: Sendable, Equatable {
    /// The base URL (scheme, host, port, optional base path), without a trailing slash.
    var url: URL
    /// The region in the SigV4 credential scope.
    var signingRegion: String
    /// Whether S3 must address buckets in the path (`http://127.0.0.1:4599/bucket/key`).
    var s3PathStyle: Bool

    /// Resolves the endpoint for a service, honouring the SDK's endpoint configuration.
    ///
    /// Precedence: `AWS_ENDPOINT_URL_<SERVICE_ID>`, `AWS_ENDPOINT_URL`, the profile's `services`
    /// section, the profile's `endpoint_url`, then the default `https://{prefix}.{region}.{suffix}`.
    /// `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true` (or `ignore_configured_endpoint_urls`) skips all overrides.
    static func resolve(
        _ service: AWSService, region: String, environment: [String: String], profile: [String: String]?,
        config: SharedConfig?
    ) throws(AWSCoreError) -> Endpoint {
        let signingRegion = service.globalSigningRegion ?? region
        if let configured = configuredURL(service, environment: environment, profile: profile, config: config) {
            guard let url = URL(string: configured.hasSuffix("/") ? String(configured.dropLast()) : configured),
                let host = url.host, url.scheme == "http" || url.scheme == "https"
            else { throw .invalidRequest("endpoint URL \"\(configured)\" is not an http(s) URL") }
            return Endpoint(url: url, signingRegion: signingRegion, s3PathStyle: isIPOrLocalhost(host))
        }
        let host: String
        if service.globalSigningRegion != nil && !region.hasPrefix("cn-") {
            host = "\(service.endpointPrefix).amazonaws.com"
        } else {
            host = "\(service.endpointPrefix).\(region).\(Region.dnsSuffix(region))"
        }
        return Endpoint(url: URL(string: "https://\(host)")!, signingRegion: signingRegion, s3PathStyle: false)
    }

    static func configuredURL(
        _ service: AWSService, environment: [String: String], profile: [String: String]?, config: SharedConfig?
    ) -> String? {
        let ignore = environment["AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"] ?? profile?["ignore_configured_endpoint_urls"]
        if ignore?.lowercased() == "true" { return nil }
        func nonEmpty(_ value: String?) -> String? { value.flatMap { $0.isEmpty ? nil : $0 } }
        if let url = nonEmpty(environment["AWS_ENDPOINT_URL_\(service.environmentSuffix)"]) { return url }
        if let url = nonEmpty(environment["AWS_ENDPOINT_URL"]) { return url }
        if let name = profile?["services"], let section = config?.services(name),
            let url = nonEmpty(section["\(service.configKey).endpoint_url"])
        {
            return url
        }
        return nonEmpty(profile?["endpoint_url"])
    }

    /// `localhost`, an IPv4 literal or an IPv6 literal: hosts where virtual-hosted S3 cannot work.
    static func isIPOrLocalhost(_ host: String) -> Bool {
        let bare = host.trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        if bare == "localhost" || bare.hasSuffix(".localhost") || bare.contains(":") { return true }
        let parts = bare.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts.allSatisfy { UInt8($0) != nil }
    }

    /// The full URL for an already percent-encoded path and query pairs.
    func url(path: String, query: [(String, String)]) -> URL {
        var text = url.absoluteString
        text += path.hasPrefix("/") ? path : "/" + path
        if !query.isEmpty { text += "?" + PercentEncoding.form(query) }
        return URL(string: text)!
    }
}

/// RFC 3986 percent-encoding, as SigV4 and AWS form bodies expect (`%20`, never `+`).
enum PercentEncoding {
    static let unreserved = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~".utf8)

    /// Encodes every byte outside the unreserved set; keeps `/` when `keepSlash` is true.
    static func encode(_ text: String, keepSlash: Bool = false) -> String {
        var out = ""
        for byte in text.utf8 {
            if unreserved.contains(byte) || (keepSlash && byte == UInt8(ascii: "/")) {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                out += String(format: "%%%02X", byte)
            }
        }
        return out
    }

    /// `k1=v1&k2=v2` with both sides encoded, in the given order.
    static func form(_ pairs: [(String, String)]) -> String {
        pairs.map { "\(encode($0.0))=\(encode($0.1))" }.joined(separator: "&")
    }
}
