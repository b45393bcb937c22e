import Foundation

/// Runs async work from synchronous code by blocking the calling thread until it finishes.
///
/// Template functions are synchronous (Go's `text/template` calls them inline), while every AWS
/// call is `async`. Rendering runs on a dedicated `Thread`, so a plugin function may park that
/// thread on a semaphore while a detached `Task` does the call on the cooperative pool.
///
/// This is safe **only off the cooperative pool**: calling it from inside a Swift task would block
/// one of the pool's few threads waiting for work that needs a pool thread to run, and with every
/// pool thread blocked that way the process deadlocks. Callers that are already async should await
/// the work directly instead.
enum BlockingAsync {
    /// Starts `work` in a detached task and blocks the current thread until it returns or throws.
    static func run<T: Sendable>(_ work: @escaping @Sendable () async throws -> T) throws -> T {
        let box = ResultBox<T>()
        let semaphore = DispatchSemaphore(value: 0)
        Task.detached {
            do {
                box.set(.success(try await work()))
            } catch {
                box.set(.failure(error))
            }
            semaphore.signal()
        }
        semaphore.wait()
        return try box.take().get()
    }
}

/// A lock-protected slot that carries one result from the task back to the blocked thread.
private final class ResultBox<T: Sendable>: @unchecked Sendable {
    // Guarded by `lock`: written once by the task, read once by the waiting thread after the signal.
    private let lock = NSLock()
    private var result: Result<T, any Error>?

    func set(_ value: Result<T, any Error>) {
        lock.lock()
        result = value
        lock.unlock()
    }

    func take() -> Result<T, any Error> {
        lock.lock()
        defer { lock.unlock() }
        guard let result else { preconditionFailure("BlockingAsync: task signalled without a result") }
        return result
    }
}

/// Memoises lookups by name for one run: the same name reaches AWS once.
///
/// The lock is held across the fetch, so two threads asking for the same name never both call AWS.
/// Failures are not cached: a later call with the same name tries again.
final class LookupCache<Value: Sendable>: @unchecked Sendable {
    // Guarded by `lock`.
    private let lock = NSLock()
    private var values: [String: Value] = [:]

    /// The cached value for `key`, or the result of `fetch`, stored when it succeeds.
    func value(for key: String, fetch: () throws -> Value) throws -> Value {
        lock.lock()
        defer { lock.unlock() }
        if let cached = values[key] { return cached }
        let value = try fetch()
        values[key] = value
        return value
    }
}

/// Runs synchronous rendering on a dedicated thread, so plugin functions may block it on AWS calls.
public enum RenderThread {
    /// Runs `body` on a new `Thread` (never on the cooperative pool) and returns its result.
    ///
    /// Render templates that may call `ssm`, `secretsmanager_arn` or `cfn_*` through this.
    public static func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            let thread = Thread { continuation.resume(with: Result { try body() }) }
            thread.stackSize = 8 << 20
            thread.start()
        }
    }
}
