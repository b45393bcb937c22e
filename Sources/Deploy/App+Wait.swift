import AWSServices
import Documents
import Foundation

extension App {
    /// `wait`: waits until the current PRIMARY deployment is complete and alone.
    public func waitCommand() async throws {
        console.log("Waiting for the service stable")
        guard let service = try await describeService() else {
            throw DeployError.serviceNotFound(service: config.service, cluster: config.cluster, status: nil)
        }
        printStatus(service, events: 0)
        try checkController(service)
        try await waitUntilStable(target: WaitTarget(current: service), after: service)
        console.log("Service is stable now. Completed!")
    }

    /// Polls DescribeServices until `nextWaitStep` says stable or failed, printing new events
    /// (stdout) and deployment changes (log), within the timeout.
    func waitUntilStable(target: WaitTarget, after previous: ServiceSnapshot?, started: Date? = nil) async throws {
        console.log("Waiting for service stable...(it will take a few minutes)")
        let deadline = (started ?? clock.now()).addingTimeInterval(timeoutSeconds)
        var cursor = previous?.events.map(\.createdAt).max() ?? .distantPast
        var lastDeployments: [String] = []
        var lastState = "no reply yet"
        var targetSeen = false
        while true {
            let service: ServiceSnapshot?
            do {
                service = try await ecs.describeService(cluster: config.cluster, service: config.service)
            } catch let error as CancellationError {
                throw error
            } catch {
                // The client already retried; keep polling until the deadline, as ecspresso's waiter does.
                console.warn("describe service failed, retrying: \(error)")
                lastState = "DescribeServices failing: \(error)"
                try await pause(until: deadline, lastState: lastState)
                continue
            }
            if let service {
                let fresh = service.events.filter { $0.createdAt > cursor }.sorted { $0.createdAt < $1.createdAt }
                for event in fresh { console.print(StatusFormat.eventLine(event)) }
                cursor = fresh.last?.createdAt ?? cursor
                let lines = service.deployments.map(StatusFormat.deploymentLine)
                if lines != lastDeployments {
                    for line in lines { console.log(line) }
                    lastDeployments = lines
                }
                lastState = lines.joined(separator: "; ")
            }
            switch nextWaitStep(service, target: target, targetSeen: targetSeen) {
            case .stable:
                return
            case .failed(let reason):
                throw DeployError.deploymentFailed(reason: reason)
            case .keepWaiting:
                if let service, targetDeployment(in: service, target: target) != nil { targetSeen = true }
                try await pause(until: deadline, lastState: lastState)
            }
        }
    }

    /// Sleeps one poll interval, or fails when the deadline has passed.
    func pause(until deadline: Date, lastState: String) async throws {
        let remaining = deadline.timeIntervalSince(clock.now())
        if remaining <= 0 { throw DeployError.timedOut(seconds: timeoutSeconds, lastState: lastState) }
        try await clock.sleep(seconds: min(pollInterval, remaining))
    }

    /// Only rolling (ECS) deployments are driven so far.
    func checkController(_ service: ServiceSnapshot) throws {
        let type = service.deploymentController ?? "ECS"
        guard type == "ECS" else { throw DeployError.unsupportedController(type) }
    }
}
