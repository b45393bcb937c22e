import Config
import Documents
import Template

extension ScheduleConfigLoader {
    /// The function names templates may call in either pass, for did-you-mean hints.
    static let templateFunctionNames = ["env", "must_env", "json_escape", "tfstate", "tfstatef", "ssm", "plugin"]

    /// Renders one template pass, turning template errors into located config errors with a hint.
    func render(_ text: String, functions: FunctionMap, path: String) throws -> String {
        guard text.contains("{{") else { return text }
        do {
            return try GoTemplate(name: "config", text: text, functions: functions).render()
        } catch {
            throw ConfigError.template(
                path: path, message: "config parse by template failed: \(error)\(Self.hint(for: error))")
        }
    }

    static func hint(for error: TemplateError) -> String {
        switch error {
        case .missingEnvironmentVariable(let name, _, _, _, _, _):
            return " (hint: export \(name)=…)"
        case .parse(_, _, let message):
            guard let name = undefinedFunction(in: message) else { return "" }
            if ["tfstate", "tfstatef", "ssm"].contains(where: { name.hasSuffix($0) }) {
                return
                    " (hint: \(name) needs a `plugins:` entry such as {name: tfstate, config: {path: terraform.tfstate}}"
                    + "; call prefixed functions as {{ plugin `\(name)` … }})"
            }
            let suggestion = Suggestion.closest(to: name, in: templateFunctionNames).map { "did you mean \($0)? " }
            return
                " (hint: \(suggestion ?? "")ecschedule templates have env, must_env, tfstate, tfstatef, ssm and plugin)"
        default:
            return ""
        }
    }

    /// `foo` from Go's `function "foo" not defined`.
    static func undefinedFunction(in message: String) -> String? {
        guard message.hasSuffix("not defined"), let open = message.firstIndex(of: "\"") else { return nil }
        let rest = message[message.index(after: open)...]
        guard let close = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<close])
    }

    /// The plugin functions for `plugins`, each under its `func_prefix`, in list order (later wins).
    func pluginFunctionMap(_ plugins: [SchedulePlugin], directory: String, path: String) throws -> FunctionMap {
        var map = FunctionMap()
        for (index, plugin) in plugins.enumerated() {
            let kind = plugin.name.lowercased()
            guard kind == "tfstate" || kind == "ssm" else {
                let suggestion = Suggestion.closest(to: plugin.name, in: ["tfstate", "ssm"]).map {
                    "did you mean \($0)? "
                }
                throw ConfigError.invalidValue(
                    path: path, keyPath: "plugins[\(index)].name", reason: "plugin \(plugin.name) is not available",
                    hint: "\(suggestion ?? "")ecschedule has the plugins tfstate and ssm")
            }
            guard let pluginFunctions else {
                throw ConfigError.invalidValue(
                    path: path, keyPath: "plugins[\(index)]",
                    reason: "the \(kind) plugin cannot be loaded here: no plugin provider is configured",
                    hint: "this ecswift build cannot read \(kind) values yet")
            }
            map = map.merging(try pluginFunctions(plugin, directory), prefix: plugin.funcPrefix)
        }
        return map
    }
}
