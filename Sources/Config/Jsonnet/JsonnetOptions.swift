import Documents

/// What a Jsonnet evaluation gets besides the source: ext vars, library paths and native functions.
///
/// ecspresso binds `--ext-str` to `std.extVar` strings and `--ext-code` to Jsonnet expressions
/// (`count=1+1` gives the number `2`); ecschedule does the same with `-ext-str`/`-ext-code`.
public struct JsonnetOptions: Sendable {
    /// `std.extVar` bindings whose values are strings.
    public var extStrings: [String: String]
    /// `std.extVar` bindings whose values are Jsonnet code, evaluated lazily.
    public var extCodes: [String: String]
    /// Extra import search paths (`-J`/jpath), tried after the importing file's own directory.
    public var librarySearchPaths: [String]
    /// Functions reachable as `std.native('name')`.
    public var nativeFunctions: [String: JsonnetNativeFunction]

    /// Creates options; everything defaults to empty.
    public init(
        extStrings: [String: String] = [:],
        extCodes: [String: String] = [:],
        librarySearchPaths: [String] = [],
        nativeFunctions: [String: JsonnetNativeFunction] = [:]
    ) {
        self.extStrings = extStrings
        self.extCodes = extCodes
        self.librarySearchPaths = librarySearchPaths
        self.nativeFunctions = nativeFunctions
    }
}

/// A Swift function callable from Jsonnet as `std.native('name')(args…)`.
///
/// The reference library passes only primitives (string, number, boolean, null) as arguments;
/// an array or object argument fails in libjsonnet with `native extensions can only take primitives`.
/// The result may be any JSON value. A thrown error becomes a Jsonnet runtime error whose message is
/// the error's description.
public struct JsonnetNativeFunction: Sendable {
    /// Parameter names, in call order. Jsonnet checks the argument count against them.
    public var parameters: [String]
    /// The implementation; it gets exactly `parameters.count` arguments.
    public var body: @Sendable ([JSONValue]) throws -> JSONValue

    /// Creates a native function.
    public init(parameters: [String], body: @escaping @Sendable ([JSONValue]) throws -> JSONValue) {
        self.parameters = parameters
        self.body = body
    }
}

/// Why Jsonnet could not produce JSON.
public enum JsonnetError: Error, Sendable, Equatable, CustomStringConvertible {
    /// libjsonnet could not be loaded (not installed, or too old to have a needed function).
    case libraryUnavailable(path: String, detail: String)
    /// The evaluation failed; `message` is libjsonnet's text, which names `file:line:col`.
    case evaluation(path: String, message: String)

    /// A one-line (or, for evaluation errors, libjsonnet's multi-line) message naming the file.
    public var description: String {
        switch self {
        case .libraryUnavailable(let path, let detail):
            return "\(path): Jsonnet support needs libjsonnet (\(detail)): install it with "
                + "'apt-get install libjsonnet0' (Debian/Ubuntu) or 'brew install jsonnet' (macOS)"
        case .evaluation(let path, let message):
            return "\(path): \(message)"
        }
    }
}
