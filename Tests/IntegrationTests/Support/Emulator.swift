import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A fault the emulator applies to the next `count` calls of an operation.
struct EmulatorFault: Sendable, Encodable {
    /// What happens to a faulted call.
    enum Kind: String, Sendable, Encodable {
        /// A protocol-shaped throttling error (JSON `ThrottlingException` or query-XML `Throttling`), HTTP 400.
        case throttle
        /// An HTML HTTP 500 page.
        case error500
        /// Sleep `delayMs`, then forward the call.
        case delay
        /// Close the connection without a response.
        case drop
    }

    /// Operation name (`X-Amz-Target` suffix, query `Action`, or `METHOD /path`); `"*"` matches every call.
    var operation: String
    /// The fault kind.
    var kind: Kind
    /// How many matching calls the fault applies to.
    var count: Int = 1
    /// Delay for `.delay` faults, in milliseconds.
    var delayMs: Int = 0

    private enum CodingKeys: String, CodingKey {
        case operation, kind, count
        case delayMs = "delay_ms"
    }
}

/// How the emulator advances ECS rollouts.
enum EmulatorMode: String, Sendable {
    /// One step per DescribeServices call (deterministic).
    case poll
    /// Steps by elapsed time since the last step.
    case time
}

/// Failures of the emulator test support.
enum EmulatorError: Error, CustomStringConvertible {
    /// The server process could not be started or exited early.
    case startFailed(String)
    /// A control endpoint answered with an unexpected status.
    case control(path: String, status: Int, body: String)

    /// Human-readable description.
    var description: String {
        switch self {
        case .startFailed(let why): "emulator failed to start: \(why)"
        case .control(let path, let status, let body): "emulator /_harness/\(path) → \(status): \(body)"
        }
    }
}

/// Process-wide local AWS emulator (moto + ecswift harness), started lazily once per test process.
///
/// The server exits when this process exits: its stdin is a pipe we never write to.
actor Emulator {
    /// The shared instance used by all integration suites.
    static let shared = Emulator()

    /// Repository root, derived from this file's location (`Tests/IntegrationTests/Support/`).
    static let repoRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    private var process: Process?
    private var stdinPipe: Pipe?
    private var baseURL: URL?
    private let session: URLSession = {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.connectionProxyDictionary = [:]
        configuration.timeoutIntervalForRequest = 30
        return URLSession(configuration: configuration)
    }()

    /// Starts the server (once) and returns its base URL, e.g. `http://127.0.0.1:54321`.
    func start() async throws -> URL {
        if let baseURL, process?.isRunning == true { return baseURL }
        let name = "ecswift-emulator-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)"
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        let portFile = tmp.appendingPathComponent("port")
        let proc = Process()
        let venvPython = Self.repoRoot.appendingPathComponent(".venv/bin/python3")
        let script = Self.repoRoot.appendingPathComponent("harness/server.py").path
        let args = [script, "--port", "0", "--port-file", portFile.path, "--exit-on-stdin-eof"]
        if FileManager.default.isExecutableFile(atPath: venvPython.path) {
            proc.executableURL = venvPython
            proc.arguments = args
        } else {
            proc.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            proc.arguments = ["python3"] + args
        }
        var env = ProcessInfo.processInfo.environment
        env["no_proxy"] = "127.0.0.1,localhost"
        env["NO_PROXY"] = "127.0.0.1,localhost"
        proc.environment = env
        let pipe = Pipe()
        proc.standardInput = pipe
        proc.standardOutput = FileHandle.nullDevice
        let logPath = tmp.appendingPathComponent("server.log").path
        _ = FileManager.default.createFile(atPath: logPath, contents: nil)
        proc.standardError = FileHandle(forWritingAtPath: logPath)
        do {
            try proc.run()
        } catch {
            throw EmulatorError.startFailed("cannot run python3: \(error)")
        }
        process = proc
        stdinPipe = pipe
        let port = try await waitForPort(portFile, process: proc, log: logPath)
        guard let url = URL(string: "http://127.0.0.1:\(port)") else {
            throw EmulatorError.startFailed("bad port \(port)")
        }
        baseURL = url
        return url
    }

    private func waitForPort(_ file: URL, process proc: Process, log: String) async throws -> Int {
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            if let text = try? String(contentsOf: file, encoding: .utf8),
                let port = Int(text.trimmingCharacters(in: .whitespacesAndNewlines))
            {
                return port
            }
            if !proc.isRunning {
                let tail = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
                throw EmulatorError.startFailed("server exited: \(tail.suffix(2000))")
            }
            try await Task.sleep(nanoseconds: 50_000_000)
        }
        proc.terminate()
        throw EmulatorError.startFailed("no port file after 30 s")
    }

    /// Environment for a client under test (endpoint, test credentials, region, no proxy).
    var environment: [String: String] {
        get async throws {
            let url = try await start()
            return [
                "AWS_ENDPOINT_URL": url.absoluteString,
                "AWS_ACCESS_KEY_ID": "test",
                "AWS_SECRET_ACCESS_KEY": "test",
                "AWS_REGION": "us-east-1",
                "no_proxy": "127.0.0.1,localhost",
            ]
        }
    }

    /// Resets moto state and harness state (faults, call counts, rollout config).
    func reset() async throws {
        _ = try await control("reset", body: [String: Int]())
    }

    /// Queues a fault for the next `fault.count` calls of `fault.operation`.
    func inject(fault: EmulatorFault) async throws {
        _ = try await control("faults", body: fault)
    }

    /// Calls per operation since the last reset.
    func callCounts() async throws -> [String: Int] {
        struct Calls: Decodable { let counts: [String: Int] }
        let data = try await control("calls", method: "GET", body: Optional<[String: Int]>.none)
        return try JSONDecoder().decode(Calls.self, from: data).counts
    }

    /// Zeroes the call counters.
    func resetCallCounts() async throws {
        _ = try await control("calls/reset", body: [String: Int]())
    }

    /// Sets the ECS rollout step (tasks per step), mode and, for `.time`, seconds per step.
    func configure(step: Int = 1, mode: EmulatorMode = .poll, secondsPerStep: Double = 0.2) async throws {
        struct Config: Encodable {
            let ecs_step: Int
            let ecs_mode: String
            let ecs_seconds_per_step: Double
        }
        _ = try await control(
            "config", body: Config(ecs_step: step, ecs_mode: mode.rawValue, ecs_seconds_per_step: secondsPerStep))
    }

    /// Sends one control request and returns the response body (2xx only).
    private func control<Body: Encodable>(_ path: String, method: String = "POST", body: Body?) async throws -> Data {
        let base = try await start()
        var request = URLRequest(url: base.appendingPathComponent("_harness/\(path)"))
        request.httpMethod = method
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        if let body { request.httpBody = try JSONEncoder().encode(body) }
        let (data, status) = try await Self.send(request, session: session)
        guard (200..<300).contains(status) else {
            throw EmulatorError.control(path: path, status: status, body: String(decoding: data, as: UTF8.self))
        }
        return data
    }

    /// Performs a request and returns body and HTTP status (works on Linux FoundationNetworking).
    static func send(_ request: URLRequest, session: URLSession) async throws -> (Data, Int) {
        try await withCheckedThrowingContinuation { continuation in
            session.dataTask(with: request) { data, response, error in
                if let error {
                    continuation.resume(throwing: error)
                } else {
                    let status = (response as? HTTPURLResponse)?.statusCode ?? 0
                    continuation.resume(returning: (data ?? Data(), status))
                }
            }.resume()
        }
    }
}
