import AWSCore
import Documents
import Foundation
import Logging

@testable import Config

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
