/// Why a deploy-family command failed.
public enum DeployError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The service does not exist (or is INACTIVE).
    case serviceNotFound(service: String, cluster: String, status: String?)
    /// A required config key is missing for this command.
    case missingConfig(key: String, hint: String)
    /// The service uses a deployment controller this command cannot drive.
    case unsupportedController(String)
    /// The deployment failed (circuit breaker, rollback, service gone).
    case deploymentFailed(reason: String)
    /// The wait ran past the timeout.
    case timedOut(seconds: Double, lastState: String)
    /// Flags that cannot be combined.
    case conflictingOptions(String)
    /// A task definition could not be found.
    case taskDefinitionNotFound(String)

    /// A message that says what happened and what to do.
    public var description: String {
        switch self {
        case .serviceNotFound(let service, let cluster, let status):
            if let status { return "service \(service) is \(status) in cluster \(cluster)" }
            return "service \(service) is not found in cluster \(cluster)"
        case .missingConfig(let key, let hint):
            return "\(key) is not defined in the config (\(hint))"
        case .unsupportedController(let type):
            return "unsupported deployment controller type: \(type)"
        case .deploymentFailed(let reason):
            return "deployment failed: \(reason)"
        case .timedOut(let seconds, let lastState):
            return
                "failed to wait for service stable: timed out after \(Self.duration(seconds)) (last state: \(lastState)); raise `timeout` in the config or --timeout"
        case .conflictingOptions(let message):
            return message
        case .taskDefinitionNotFound(let family):
            return "no task definitions family \(family) are found"
        }
    }

    static func duration(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded())
        let (h, m, s) = (whole / 3600, whole % 3600 / 60, whole % 60)
        return (h > 0 ? "\(h)h" : "") + (h > 0 || m > 0 ? "\(m)m" : "") + "\(s)s"
    }
}
