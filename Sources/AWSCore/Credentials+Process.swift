import Documents
import Foundation

/// Runs a `credential_process` command and reads its JSON (`Version: 1`) from standard output.
struct ProcessCredentialProvider: CredentialProvider {
    var command: String
    var environment: [String: String]

    func credentials() async throws -> AWSCredentials {
        let (status, output, errors) = try await run()
        guard status == 0 else {
            throw AWSCoreError.credentials(
                source: "credential_process",
                reason:
                    "\"\(command)\" exited with status \(status): \(errors.trimmingCharacters(in: .whitespacesAndNewlines))"
            )
        }
        return try Self.parse(output)
    }

    /// Parses the process output: `Version` 1, `AccessKeyId`, `SecretAccessKey`, optional `SessionToken`, `Expiration`.
    static func parse(_ output: [UInt8]) throws -> AWSCredentials {
        func fail(_ reason: String) -> AWSCoreError { .credentials(source: "credential_process", reason: reason) }
        guard let json = try? JSONValue.parse(bytes: output) else { throw fail("output is not JSON") }
        guard json["Version"]?.intValue == 1 else { throw fail("unsupported Version (want 1)") }
        guard let key = json["AccessKeyId"]?.stringValue, let secret = json["SecretAccessKey"]?.stringValue else {
            throw fail("output lacks AccessKeyId or SecretAccessKey")
        }
        var expiration: Date?
        if let text = json["Expiration"]?.stringValue {
            guard let date = Timestamp.parse(text) else { throw fail("bad Expiration \(text)") }
            expiration = date
        }
        return AWSCredentials(
            accessKeyID: key, secretAccessKey: secret, sessionToken: json["SessionToken"]?.stringValue,
            expiration: expiration)
    }

    /// Runs `/bin/sh -c command` off the cooperative pool; returns status, stdout and stderr.
    func run() async throws -> (Int32, [UInt8], String) {
        let command = self.command
        let environment = self.environment
        return try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                let process = Process()
                process.executableURL = URL(fileURLWithPath: "/bin/sh")
                process.arguments = ["-c", command]
                process.environment = environment
                let output = Pipe()
                let errors = Pipe()
                process.standardOutput = output
                process.standardError = errors
                process.standardInput = FileHandle.nullDevice
                do {
                    try process.run()
                } catch {
                    continuation.resume(
                        throwing: AWSCoreError.credentials(
                            source: "credential_process", reason: "cannot run \"\(command)\": \(error)"))
                    return
                }
                // Drain stderr concurrently so a chatty process cannot block on a full pipe.
                let errorData = LockedData()
                let group = DispatchGroup()
                group.enter()
                DispatchQueue.global().async {
                    errorData.set(errors.fileHandleForReading.readDataToEndOfFile())
                    group.leave()
                }
                let data = output.fileHandleForReading.readDataToEndOfFile()
                group.wait()
                process.waitUntilExit()
                continuation.resume(
                    returning: (
                        process.terminationStatus, [UInt8](data), String(decoding: errorData.get(), as: UTF8.self)
                    ))
            }
        }
    }
}

/// A data buffer handed between two dispatch blocks.
private final class LockedData: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()

    func set(_ value: Data) { lock.withLock { data = value } }
    func get() -> Data { lock.withLock { data } }
}
