/// A template function: receives the evaluated arguments (nil as `.null`) and returns one value.
///
/// Throw `TemplateCallError` to control how the failure reads; any other error is reported as
/// `error calling NAME: <its description>`.
public typealias TemplateFunction = @Sendable ([TemplateValue]) throws -> TemplateValue

/// The functions a template may call, by name, on top of Go's built-ins.
public struct FunctionMap: Sendable {
    var functions: [String: TemplateFunction]

    /// Creates a map from named functions.
    public init(_ functions: [String: TemplateFunction] = [:]) {
        self.functions = functions
    }

    /// The function registered under `name`.
    public subscript(name: String) -> TemplateFunction? {
        get { functions[name] }
        set { functions[name] = newValue }
    }

    /// The registered names, sorted.
    public var names: [String] { functions.keys.sorted() }

    /// Whether a function named `name` is registered.
    public func contains(_ name: String) -> Bool { functions[name] != nil }

    /// This map plus `other`'s functions renamed to `prefix + name` (a plugin's `func_prefix`).
    ///
    /// On a name collision the function from `other` wins; callers that must reject collisions
    /// (ecspresso's plugin loader) check `contains(_:)` first.
    public func merging(_ other: FunctionMap, prefix: String = "") -> FunctionMap {
        var merged = self
        for (name, function) in other.functions {
            merged.functions[prefix + name] = function
        }
        return merged
    }

    /// Go's predefined functions (`and`, `or`, `not`, `len`, `index`, `slice`, `print`, `printf`,
    /// `println`, `eq`, `ne`, `lt`, `le`, `gt`, `ge`, `html`, `js`, `urlquery`, `call`).
    ///
    /// Templates always have these; the map is for callers that want to call them directly. Inside a
    /// template `and`/`or` short-circuit, which these eager closures cannot.
    public static var builtins: FunctionMap {
        var map = FunctionMap()
        for name in Builtins.names {
            if let function = Builtins.function(named: name) { map[name] = function }
        }
        return map
    }
}
