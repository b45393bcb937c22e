import AWSCore
import ArgumentParser
import Config
import Logging
import Schedule

/// `ecswift schedule render`: loads the config as `apply` would and prints the result as YAML.
struct ScheduleRenderCommand: ContextCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Print the loaded schedule config (templates, Jsonnet and defaults applied) as YAML.",
        discussion: """
            Only `plugins:` look-ups (tfstate on S3, ssm) call AWS. Rules whose must_env variables \
            are unset still load, as in ecschedule, and are reported on stderr.
            """)

    @OptionGroup var options: ScheduleOptions

    func run(in context: CLIContext) async throws {
        guard let conf = options.conf, !conf.isEmpty else { throw UsageError("-conf option required") }
        let loader: ScheduleConfigLoader
        do {
            loader = ScheduleConfigLoader(
                environment: context.environment, workingDirectory: context.workingDirectory,
                extStrings: try ScheduleExtVars.parse(options.extStr, environment: context.environment),
                extCodes: try ScheduleExtVars.parse(options.extCode, environment: context.environment),
                pluginFunctions: Self.pluginFunctions(context))
        } catch {
            throw UsageError("-ext-str/-ext-code: \(error)")
        }
        // Plugin look-ups (ssm, tfstate on S3) block on AWS calls: load off the cooperative pool.
        let config = try await RenderThread.run { try loader.load(path: conf) }
        var text = config.yamlText
        if text.hasSuffix("\n") { text.removeLast() }
        context.writeOut(text)
        for warning in config.warnings { context.writeErr("[WARNING] \(warning)") }
        for rule in config.rules {
            do {
                try rule.validateEnvironment()
            } catch {
                context.writeErr("[WARNING] \(error.description); apply and run of this rule will fail")
            }
        }
    }

    /// ecschedule's `tfstate` and `ssm` plugins, backed by the shared plugin implementations and an
    /// AWS client made on first use (region and credentials from the environment, as ecschedule).
    static func pluginFunctions(_ context: CLIContext) -> SchedulePluginFunctions {
        { plugin, directory in
            let aws = try AWSClient(
                options: AWSClientOptions(), environment: context.environment, logger: Logger(label: "ecswift"))
            let kind = plugin.name.lowercased()
            let plugins = kind == "ssm" ? [] : [PluginConfig(name: kind, config: plugin.config)]
            let set = try PluginSet.loadBlocking(
                plugins, configDirectory: directory, aws: aws, environment: context.environment)
            return set.templateFunctions(named: kind == "ssm" ? ["ssm"] : ["tfstate", "tfstatef"])
        }
    }
}
