/// An Amazon Resource Name split into its parts.
public struct ARN: Sendable, Hashable, CustomStringConvertible {
    /// `aws`, `aws-cn`, `aws-us-gov` …
    public var partition: String
    /// The service (`ecs`, `events` …).
    public var service: String
    /// The region, empty for global services.
    public var region: String
    /// The account id.
    public var account: String
    /// Everything after the account: `service/cluster/name`, `task-definition/app:3` …
    public var resource: String

    /// Parses `arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE`; nil when it is not an ARN.
    public init?(_ text: String) {
        let parts = text.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        guard parts.count == 6, parts[0] == "arn" else { return nil }
        partition = String(parts[1])
        service = String(parts[2])
        region = String(parts[3])
        account = String(parts[4])
        resource = String(parts[5])
    }

    /// The ARN text.
    public var description: String { "arn:\(partition):\(service):\(region):\(account):\(resource)" }

    /// The last `/`-separated part of the resource (`app:3` for a task definition, the service name …).
    public var resourceName: String {
        String(resource.split(separator: "/", omittingEmptySubsequences: false).last ?? Substring(resource))
    }

    /// `family:revision` from a task-definition ARN, or the text itself when it is not an ARN.
    public static func taskDefinitionName(_ arnOrName: String) -> String {
        ARN(arnOrName)?.resourceName ?? arnOrName
    }

    /// The last path part of any ARN (a cluster or service name), or the text itself.
    public static func shortName(_ arnOrName: String) -> String {
        ARN(arnOrName)?.resourceName ?? arnOrName
    }
}
