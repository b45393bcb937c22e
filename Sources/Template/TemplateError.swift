/// An error from parsing or executing a template, worded like Go's `text/template`.
public enum TemplateError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The text does not parse: `template: NAME:LINE: MESSAGE`.
    case parse(name: String, line: Int, message: String)
    /// Execution failed: `template: NAME:LINE:COL: executing "TEMPLATE" at <CONTEXT>: MESSAGE`.
    ///
    /// `name` is the template whose text holds the failing node; `executing` is the template being
    /// run when it differs (a `define`d one), `nil` when it is `name` itself. `column` is Go's 0-based
    /// byte offset within the line.
    case exec(name: String, line: Int, column: Int, context: String, message: String, executing: String? = nil)
    /// `must_env` found the variable unset; described like the Go error, so the CLI can add a hint.
    case missingEnvironmentVariable(
        name: String, template: String, line: Int, column: Int, context: String, executing: String? = nil)

    /// The error text Go would print.
    public var description: String {
        switch self {
        case .parse(let name, let line, let message):
            return "template: \(name):\(line): \(message)"
        case .exec(let name, let line, let column, let context, let message, let executing):
            return Self.execText(name, line, column, context, executing, message)
        case .missingEnvironmentVariable(let variable, let name, let line, let column, let context, let executing):
            let message = "error calling must_env: environment variable \(variable) is not defined"
            return Self.execText(name, line, column, context, executing, message)
        }
    }

    private static func execText(
        _ name: String, _ line: Int, _ column: Int, _ context: String, _ executing: String?, _ message: String
    ) -> String {
        let running = GoQuote.quote(executing ?? name)
        return "template: \(name):\(line):\(column): executing \(running) at <\(context)>: \(message)"
    }
}

/// An error a template function throws to be reported the way Go's `text/template` reports it.
public enum TemplateCallError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The call ran and failed; reported as `error calling NAME: MESSAGE`.
    case failed(String)
    /// The arguments do not fit the function; reported bare, like Go's own argument checks.
    case badArguments(String)
    /// `must_env` found the variable unset; becomes `TemplateError.missingEnvironmentVariable`.
    case missingEnvironmentVariable(name: String)

    /// The message without the `error calling` prefix.
    public var description: String {
        switch self {
        case .failed(let message), .badArguments(let message): message
        case .missingEnvironmentVariable(let name): "environment variable \(name) is not defined"
        }
    }
}
