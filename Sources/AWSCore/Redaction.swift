/// Hides secrets before anything reaches a log.
enum Redaction {
    /// Header names (lower-cased) whose values are never logged.
    static let secretHeaders: Set<String> = [
        "authorization", "x-amz-security-token", "x-amz-sso_bearer_token", "x-aws-ec2-metadata-token",
    ]

    /// The mask written instead of a secret.
    static let mask = "***"

    /// Headers as `name: value` lines with secret values masked.
    static func redacted(_ headers: [(name: String, value: String)]) -> String {
        headers.map { header in
            let value = secretHeaders.contains(header.name.lowercased()) ? mask : header.value
            return "\(header.name): \(value)"
        }.joined(separator: "; ")
    }

    /// An access key id shortened to its first four characters (`AKIA***`), enough to tell keys apart.
    static func accessKey(_ key: String) -> String { String(key.prefix(4)) + mask }
}
