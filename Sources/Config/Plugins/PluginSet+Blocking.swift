import AWSCore
import Template

extension PluginSet {
    /// `load` for synchronous loaders (ecschedule's runs plugins in the middle of loading).
    ///
    /// Blocks the calling thread until the plugins are loaded: call it only on a thread started by
    /// `RenderThread.run`, never on the Swift cooperative pool.
    public static func loadBlocking(
        _ plugins: [PluginConfig], configDirectory: String, aws: AWSClient, environment: [String: String]
    ) throws -> PluginSet {
        try BlockingAsync.run {
            try await PluginSet.load(plugins, configDirectory: configDirectory, aws: aws, environment: environment)
        }
    }

    /// The template functions whose names are in `names`, unprefixed.
    public func templateFunctions(named names: Set<String>) -> FunctionMap {
        let all = templateFunctions
        var selected: [String: TemplateFunction] = [:]
        for name in all.names where names.contains(name) { selected[name] = all[name] }
        return FunctionMap(selected)
    }
}
