import AWSCore
import Documents
import Foundation
import Logging

@testable import Config

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Paths of the repository and the plugin fixtures, from this file's location.
enum PluginFixtures {
    /// `Tests/ConfigTests/Plugins/Support/` → repository root.
    static let repoRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// `Tests/ConfigTests/Fixtures/plugins`.
    static let directory = repoRoot.appendingPathComponent("Tests/ConfigTests/Fixtures/plugins").path

    /// The realistic v4 state used by the address table.
    static var statePath: String { directory + "/terraform.tfstate" }

    /// The state fixture's bytes.
    static func stateBytes() throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: statePath)))
    }
}

/// Failures of the test servers.
struct LoopbackServerError: Error, CustomStringConvertible {
    var description: String
}

/// A Python server on 127.0.0.1 that writes its port to a file and exits when our end of its
/// stdin closes (so it never outlives the test process). Started lazily, once per process.
actor LoopbackServer {
    /// moto + harness (`harness/server.py`).
    static let emulator = LoopbackServer(
        script: "harness/server.py", arguments: { ["--port", "0", "--port-file", $0, "--exit-on-stdin-eof"] })
    /// Plain state files and a minimal Terraform Cloud API (`Fixtures/plugins/state_server.py`).
    static let stateServer = LoopbackServer(
        script: "Tests/ConfigTests/Fixtures/plugins/state_server.py",
        arguments: { [PluginFixtures.directory, "--port-file", $0] })

    private let script: String
    private let arguments: @Sendable (String) -> [String]
    private var process: Process?
    private var stdinPipe: Pipe?
    private var base: URL?

    private init(script: String, arguments: @escaping @Sendable (String) -> [String]) {
        self.script = script
        self.arguments = arguments
    }

    /// Starts the server once and returns `http://127.0.0.1:PORT`.
    func url() async throws -> URL {
        if let base, process?.isRunning == true { return base }
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("ecswift-plugins-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        let portFile = tmp.appendingPathComponent("port").path
        let proc = Process()
        proc.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        let path = PluginFixtures.repoRoot.appendingPathComponent(script).path
        proc.arguments = ["python3", path] + arguments(portFile)
        var environment = ProcessInfo.processInfo.environment
        environment["no_proxy"] = "127.0.0.1,localhost"
        environment["NO_PROXY"] = "127.0.0.1,localhost"
        proc.environment = environment
        let pipe = Pipe()
        proc.standardInput = pipe
        proc.standardOutput = FileHandle.nullDevice
        proc.standardError = FileHandle.nullDevice
        try proc.run()
        process = proc
        stdinPipe = pipe
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            if let text = try? String(contentsOfFile: portFile, encoding: .utf8),
                let port = Int(text.trimmingCharacters(in: .whitespacesAndNewlines)),
                let url = URL(string: "http://127.0.0.1:\(port)")
            {
                base = url
                return url
            }
            guard proc.isRunning else { throw LoopbackServerError(description: "\(script) exited early") }
            try await Task.sleep(nanoseconds: 50_000_000)
        }
        proc.terminate()
        throw LoopbackServerError(description: "\(script): no port file after 30 s")
    }
}

/// Calls into the emulator's control API and seeds it with boto3.
enum EmulatorControl {
    /// Client environment for the emulator: endpoint, test credentials, region, no proxy.
    static func environment() async throws -> [String: String] {
        let url = try await LoopbackServer.emulator.url()
        return [
            "AWS_ENDPOINT_URL": url.absoluteString, "AWS_ACCESS_KEY_ID": "test", "AWS_SECRET_ACCESS_KEY": "test",
            "AWS_REGION": "us-east-1", "no_proxy": "127.0.0.1,localhost", "AWS_MAX_ATTEMPTS": "1",
            "HOME": "/nonexistent", "AWS_CONFIG_FILE": "/nonexistent", "AWS_SHARED_CREDENTIALS_FILE": "/nonexistent",
        ]
    }

    /// Calls per operation since the last reset (`GET /_harness/calls`).
    static func callCounts() async throws -> [String: Int] {
        let data = try await control("calls", method: "GET")
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        return object?["counts"] as? [String: Int] ?? [:]
    }

    /// Zeroes the call counters.
    static func resetCallCounts() async throws {
        _ = try await control("calls/reset", method: "POST")
    }

    private static func control(_ path: String, method: String) async throws -> Data {
        let base = try await LoopbackServer.emulator.url()
        var request = URLRequest(url: base.appendingPathComponent("_harness/\(path)"))
        request.httpMethod = method
        if method == "POST" { request.httpBody = Data("{}".utf8) }
        return try await HTTPGet.send(request)
    }

    /// Runs a boto3 snippet against the emulator; `s3`, `ssm`, `sm` and `cfn` clients are predefined.
    static func seed(_ python: String) async throws {
        let environment = try await environment()
        let prelude = """
            import boto3
            s3 = boto3.client("s3")
            ssm = boto3.client("ssm")
            sm = boto3.client("secretsmanager")
            cfn = boto3.client("cloudformation")

            """
        let proc = Process()
        proc.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        proc.arguments = ["python3", "-c", prelude + python]
        proc.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
            .merging(["AWS_DEFAULT_REGION": "us-east-1"]) { $1 }
        let errors = Pipe()
        proc.standardError = errors
        proc.standardOutput = FileHandle.nullDevice
        try proc.run()
        let output = errors.fileHandleForReading.readDataToEndOfFile()
        proc.waitUntilExit()
        guard proc.terminationStatus == 0 else {
            throw LoopbackServerError(description: "seeding failed: \(String(decoding: output, as: UTF8.self))")
        }
    }
}

/// A tiny URLSession helper that works with Linux FoundationNetworking.
enum HTTPGet {
    /// Sends `request` and returns the body; non-2xx is an error.
    static func send(_ request: URLRequest) async throws -> Data {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.connectionProxyDictionary = [:]
        let session = URLSession(configuration: configuration)
        let (data, response) = try await session.data(for: request)
        let status = (response as? HTTPURLResponse)?.statusCode ?? 0
        guard (200..<300).contains(status) else {
            throw LoopbackServerError(description: "\(request.url?.absoluteString ?? "") → HTTP \(status)")
        }
        return data
    }
}

/// Runs `body` on a dedicated thread, the way rendering calls plugin functions.
func offPool<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await RenderThread.run(body)
}

/// Calls the plugin function `name` of `set` with `args` on a dedicated thread.
func call(_ set: PluginSet, _ name: String, _ args: [String]) async throws -> String {
    guard let function = set.functions[name] else {
        throw LoopbackServerError(description: "no function \(name) in \(set.functions.keys.sorted())")
    }
    return try await offPool { try function(args) }
}

/// An AWS client for `environment` (the emulator's, or a dummy one for tests that make no AWS call).
func makeClient(_ environment: [String: String]? = nil) throws -> AWSClient {
    let environment =
        environment ?? [
            "AWS_ACCESS_KEY_ID": "test", "AWS_SECRET_ACCESS_KEY": "test", "AWS_REGION": "us-east-1",
            "AWS_ENDPOINT_URL": "http://127.0.0.1:9", "AWS_MAX_ATTEMPTS": "1", "HOME": "/nonexistent",
            "AWS_CONFIG_FILE": "/nonexistent", "AWS_SHARED_CREDENTIALS_FILE": "/nonexistent",
        ]
    return try AWSClient(
        options: AWSClientOptions(region: "us-east-1"), environment: environment,
        logger: Logger(label: "ecswift.tests.plugins"))
}

/// A plugin entry as a config file would give it.
func plugin(_ name: String, _ config: [String: String] = [:], prefix: String = "") -> PluginConfig {
    var object = JSONObject()
    for (key, value) in config.sorted(by: { $0.key < $1.key }) { object[key] = .string(value) }
    return PluginConfig(name: name, config: .object(object), funcPrefix: prefix)
}

/// The text of an error, as a user would read it.
func message(of body: () async throws -> Void) async -> String? {
    do {
        try await body()
        return nil
    } catch {
        return "\(error)"
    }
}
