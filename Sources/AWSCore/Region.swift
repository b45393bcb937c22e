/// Resolves the AWS region a client talks to.
enum Region {
    /// Explicit (flag or tool config) > `AWS_REGION` > `AWS_DEFAULT_REGION` > the profile's `region`.
    static func resolve(explicit: String?, environment: [String: String], profile: [String: String]?)
        throws(AWSCoreError) -> String
    {
        let candidates = [explicit, environment["AWS_REGION"], environment["AWS_DEFAULT_REGION"], profile?["region"]]
        for candidate in candidates {
            if let region = candidate?.trimmingCharacters(in: .whitespaces), !region.isEmpty { return region }
        }
        throw .noRegion
    }

    /// The DNS suffix of the region's partition (`amazonaws.com`, `amazonaws.com.cn`).
    static func dnsSuffix(_ region: String) -> String {
        region.hasPrefix("cn-") ? "amazonaws.com.cn" : "amazonaws.com"
    }
}
