import ArgumentParser
import Schedule

/// `ecswift schedule render`: loads the config as `apply` would and prints the result as YAML.
struct ScheduleRenderCommand: ContextCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Print the loaded schedule config (templates, Jsonnet and defaults applied) as YAML.",
        discussion: """
            No AWS call is made. Rules whose must_env variables are unset still load, as in \
            ecschedule, and are reported on stderr.
            """)

    @OptionGroup var options: ScheduleOptions

    func run(in context: CLIContext) async throws {
        guard let conf = options.conf, !conf.isEmpty else { throw UsageError("-conf option required") }
        let loader: ScheduleConfigLoader
        do {
            loader = ScheduleConfigLoader(
                environment: context.environment, workingDirectory: context.workingDirectory,
                extStrings: try ScheduleExtVars.parse(options.extStr, environment: context.environment),
                extCodes: try ScheduleExtVars.parse(options.extCode, environment: context.environment))
        } catch {
            throw UsageError("-ext-str/-ext-code: \(error)")
        }
        let config = try loader.load(path: conf)
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
}
