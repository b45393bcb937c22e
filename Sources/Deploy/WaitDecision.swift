import AWSServices
import Documents

/// What a wait is waiting for: the deployment the tool just started.
public struct WaitTarget: Sendable, Equatable {
    /// The task definition the PRIMARY deployment must run (nil: any).
    public var taskDefinition: String?
    /// The PRIMARY deployment's id right after the update (nil: any).
    public var deploymentID: String?

    /// Creates a target.
    public init(taskDefinition: String?, deploymentID: String?) {
        self.taskDefinition = taskDefinition
        self.deploymentID = deploymentID
    }

    /// The target matching the PRIMARY deployment of `service` as it is now.
    public init(current service: ServiceSnapshot) {
        taskDefinition = service.primaryDeployment?.taskDefinition ?? service.taskDefinition
        deploymentID = service.primaryDeployment?.id
    }
}

/// The outcome of one poll during a wait.
public enum WaitStep: Sendable, Equatable {
    /// Not done yet.
    case keepWaiting
    /// The target deployment is complete and alone.
    case stable
    /// The deployment cannot succeed; the reason says why.
    case failed(reason: String)
}

/// Decides, from one DescribeServices snapshot, whether the wait is over.
///
/// Stricter than ecspresso's ServicesStable check: a circuit-breaker rollback leaves one healthy
/// deployment, so "1 deployment and running == desired" would report success. Here the PRIMARY
/// must still be the deployment we started and its rollout must not have failed.
///
/// `targetSeen` says whether an earlier poll already showed the target deployment: DescribeServices
/// is eventually consistent, so right after CreateService/UpdateService a reply may still show the
/// old state (or no service); that is a reason to wait, not a failure.
public func nextWaitStep(_ service: ServiceSnapshot?, target: WaitTarget, targetSeen: Bool = true) -> WaitStep {
    guard let service else {
        return targetSeen ? .failed(reason: "the service is missing (was it deleted?)") : .keepWaiting
    }
    if service.status == "INACTIVE" || service.status == "DRAINING" {
        return .failed(reason: "the service is \(service.status)")
    }
    let ours = targetDeployment(in: service, target: target)
    let seen = targetSeen || ours != nil
    if let ours, ours.rolloutState == "FAILED" {
        let reason = ours.rolloutStateReason ?? "rollout FAILED"
        if let primary = service.primaryDeployment, primary.id != ours.id {
            return .failed(
                reason:
                    "deployment \(ours.id) failed: \(reason) ECS rolled back to \(ARN.taskDefinitionName(primary.taskDefinition))"
            )
        }
        return .failed(reason: "deployment \(ours.id) failed: \(reason)")
    }
    guard let primary = service.primaryDeployment else { return .keepWaiting }
    if !seen { return .keepWaiting }
    if let id = target.deploymentID, primary.id != id {
        return .failed(
            reason:
                "deployment \(id) is no longer PRIMARY: \(primary.id) (\(ARN.taskDefinitionName(primary.taskDefinition))) replaced it (circuit-breaker rollback or a concurrent deploy)"
        )
    }
    if let td = target.taskDefinition, !td.isEmpty, primary.taskDefinition != td {
        return .failed(
            reason:
                "the PRIMARY deployment runs \(ARN.taskDefinitionName(primary.taskDefinition)), not \(ARN.taskDefinitionName(td)) (rolled back or superseded)"
        )
    }
    if primary.rolloutState == "FAILED" {
        return .failed(reason: "deployment \(primary.id) failed: \(primary.rolloutStateReason ?? "rollout FAILED")")
    }
    let rolloutDone = primary.rolloutState == nil || primary.rolloutState == "COMPLETED"
    if service.deployments.count == 1, service.runningCount == service.desiredCount, rolloutDone {
        return .stable
    }
    return .keepWaiting
}

/// The deployment `target` names in `service` (by id, else by task definition), if present.
public func targetDeployment(in service: ServiceSnapshot, target: WaitTarget) -> DeploymentSnapshot? {
    service.deployments.first { d in
        target.deploymentID.map { d.id == $0 } ?? (target.taskDefinition.map { d.taskDefinition == $0 } ?? false)
    }
}

/// The desired count to send, following ecspresso's `calcDesiredCount`.
///
/// - DAEMON services never send a count.
/// - `--tasks N` (N ≥ 0) wins.
/// - Otherwise the definition's `desiredCount`; nil means "leave it unchanged" (auto-scaling friendly).
public func desiredCountToSend(tasksFlag: Int?, definitionCount: Int?, schedulingStrategy: String?) -> Int? {
    if schedulingStrategy == "DAEMON" { return nil }
    if let tasksFlag, tasksFlag >= 0 { return tasksFlag }
    return definitionCount
}
