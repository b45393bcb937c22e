/// What happened on one attempt, as far as retrying is concerned.
public enum RetryOutcome: Sendable, Equatable {
    /// The service answered with an error.
    case serviceError(AWSError)
    /// No response: timeout, dropped connection or other transport failure.
    case transportError(TransportError)
}

/// Whether to try again, and after how long.
public enum RetryDecision: Sendable, Equatable {
    /// Sleep this long, then send the next attempt.
    case retry(after: Duration)
    /// Give up and surface the error.
    case giveUp
}

/// The AWS SDK "standard" retry mode as a pure decision.
///
/// Retries throttling codes, transient codes, HTTP 500/502/503/504 and connection failures or
/// timeouts, up to `maxAttempts` attempts in total, sleeping `min(20 s, random(0..<1) × 2^(attempt-1) s)`
/// between them (full jitter, as botocore's `ExponentialBackoff`).
public struct RetryPolicy: Sendable {
    /// Attempts in total, including the first (default 3).
    public var maxAttempts: Int
    /// The backoff base (default 1 s).
    public var baseDelay: Duration
    /// The backoff cap (default 20 s).
    public var maxBackoff: Duration
    /// The jitter source, a value in `0..<1`; injected so tests are deterministic.
    public var random: @Sendable () -> Double

    /// Creates a policy.
    public init(
        maxAttempts: Int = 3, baseDelay: Duration = .seconds(1), maxBackoff: Duration = .seconds(20),
        random: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) }
    ) {
        self.maxAttempts = max(1, maxAttempts)
        self.baseDelay = baseDelay
        self.maxBackoff = maxBackoff
        self.random = random
    }

    /// Error codes the standard mode treats as throttling.
    public static let throttlingCodes: Set<String> = [
        "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException",
        "TooManyRequestsException", "ProvisionedThroughputExceededException", "TransactionInProgressException",
        "RequestLimitExceeded", "BandwidthLimitExceeded", "LimitExceededException", "RequestThrottled",
        "SlowDown", "PriorRequestNotComplete", "EC2ThrottledException",
    ]

    /// Error codes the standard mode treats as transient.
    public static let transientCodes: Set<String> = [
        "RequestTimeout", "RequestTimeoutException", "PriorRequestNotComplete", "InternalError",
    ]

    /// HTTP statuses the standard mode treats as transient.
    public static let transientStatuses: Set<Int> = [500, 502, 503, 504]

    /// Decides what to do after `attempt` (1-based) failed with `outcome`.
    public func decide(attempt: Int, outcome: RetryOutcome) -> RetryDecision {
        guard attempt < maxAttempts, Self.isRetryable(outcome) else { return .giveUp }
        return .retry(after: backoff(attempt: attempt))
    }

    /// Whether an outcome is worth another attempt at all.
    public static func isRetryable(_ outcome: RetryOutcome) -> Bool {
        switch outcome {
        case .serviceError(let error):
            return throttlingCodes.contains(error.code) || transientCodes.contains(error.code)
                || transientStatuses.contains(error.statusCode)
        case .transportError(let error):
            return error.kind == .timeout || error.kind == .connection
        }
    }

    /// The jittered delay before the attempt after `attempt`.
    func backoff(attempt: Int) -> Duration {
        let factor = Double(1 << min(max(attempt - 1, 0), 30))
        let jitter = min(max(random(), 0), 1)
        let delay = baseDelay * (jitter * factor)
        return min(delay, maxBackoff)
    }
}
