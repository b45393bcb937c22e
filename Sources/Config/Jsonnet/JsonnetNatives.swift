import Documents

/// A native function's failure; its description becomes the Jsonnet runtime error message.
public struct JsonnetNativeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The message shown after `RUNTIME ERROR:`.
    public var message: String

    /// Creates an error with `message`.
    public init(_ message: String) { self.message = message }

    /// The message.
    public var description: String { message }
}

extension JsonnetOptions {
    /// ecspresso v2.4's natives (#702): `env(name, default)` and `must_env(name)`.
    ///
    /// - `env` returns the variable when it is set and **non-empty**, otherwise `default` (any type).
    /// - `must_env` returns the variable when it is set (even empty), otherwise fails with
    ///   `must_env: NAME is not set`.
    public static func ecspressoNatives(environment: [String: String]) -> [String: JsonnetNativeFunction] {
        [
            "env": JsonnetNativeFunction(parameters: ["name", "default"]) { args in
                guard case .string(let name) = args[0] else { throw JsonnetNativeError("env: invalid argument type") }
                if let value = environment[name], !value.isEmpty { return .string(value) }
                return args[1]
            },
            "must_env": JsonnetNativeFunction(parameters: ["name"]) { args in
                guard case .string(let name) = args[0] else {
                    throw JsonnetNativeError("must_env: invalid argument type")
                }
                guard let value = environment[name] else { throw JsonnetNativeError("must_env: \(name) is not set") }
                return .string(value)
            },
        ]
    }

    /// ecschedule v0.19's natives (`jsonnet.go`), which differ from ecspresso's in two details.
    ///
    /// - `env` returns the variable when it is **set, even empty**, otherwise `default`.
    /// - `must_env` fails with `must_env: environment variable "NAME" is not set`.
    public static func ecscheduleNatives(environment: [String: String]) -> [String: JsonnetNativeFunction] {
        [
            "env": JsonnetNativeFunction(parameters: ["name", "default"]) { args in
                guard case .string(let name) = args[0] else { throw JsonnetNativeError("env: name must be a string") }
                return environment[name].map(JSONValue.string) ?? args[1]
            },
            "must_env": JsonnetNativeFunction(parameters: ["name"]) { args in
                guard case .string(let name) = args[0] else {
                    throw JsonnetNativeError("must_env: name must be a string")
                }
                guard let value = environment[name] else {
                    throw JsonnetNativeError("must_env: environment variable \"\(name)\" is not set")
                }
                return .string(value)
            },
        ]
    }
}
