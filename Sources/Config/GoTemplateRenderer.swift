import Template

/// Renders text as a Go template named `conf` (kayac/go-config's name), turning template errors
/// into located `ConfigError`s with a hint.
public struct GoTemplateRenderer: TextRenderer {
    /// The functions templates may call (`env`, `must_env`, `json_escape`, plugins …).
    public var functions: FunctionMap

    /// Creates a renderer.
    public init(functions: FunctionMap) { self.functions = functions }

    /// Renders `text` read from `path`; text without `{{` is returned as is.
    public func render(path: String, text: String) throws -> String {
        guard text.contains("{{") else { return text }
        do {
            return try GoTemplate(name: "conf", text: text, functions: functions).render()
        } catch {
            throw Self.configError(error, path: path)
        }
    }

    static func configError(_ error: TemplateError, path: String) -> ConfigError {
        switch error {
        case .missingEnvironmentVariable(let variable, _, let line, _, _, _):
            return .template(
                path: path,
                message:
                    "line \(line): must_env: environment variable \(variable) is not defined (hint: export \(variable)=… or put it in an --envfile)"
            )
        case .parse(_, _, let message) where message.contains("not defined"):
            return .template(
                path: path,
                message:
                    "\(error) (hint: plugin functions such as tfstate need a `plugins:` entry in the config, and cannot be used inside the config itself)"
            )
        default:
            return .template(path: path, message: error.description)
        }
    }
}

/// Evaluates `.jsonnet` (and, for configs, `.json`) files before templating, as ecspresso does.
public struct JsonnetStage: Sendable {
    /// The evaluator (libjsonnet, loaded on first use).
    public var evaluator: JsonnetEvaluator
    /// Ext vars and native functions.
    public var options: JsonnetOptions

    /// Creates a stage.
    public init(evaluator: JsonnetEvaluator = JsonnetEvaluator(), options: JsonnetOptions) {
        self.evaluator = evaluator
        self.options = options
    }

    /// The JSON text `path` evaluates to.
    public func evaluate(path: String) throws -> String {
        try evaluator.evaluate(file: path, options: options)
    }
}
