import AWSCore
import AWSServices
import Config
import Deploy
import Foundation
import Logging
import Template

/// Turns global flags and the process context into a ready `App`: envfiles, config, clients, output.
struct CommandEnvironment {
    let global: GlobalOptions
    let context: CLIContext

    /// The environment after `--envfile`/`$ECSPRESSO_ENVFILE` files are applied (later files win).
    func environment() throws -> [String: String] {
        var environment = context.environment
        var files = global.envfile.flatMap { $0.split(separator: ",").map(String.init) }
        if files.isEmpty, let fromEnv = environment["ECSPRESSO_ENVFILE"], !fromEnv.isEmpty {
            files = fromEnv.split(separator: ",").map(String.init)
        }
        for file in files {
            let path = file.hasPrefix("/") ? file : context.workingDirectory + "/" + file
            let text = try DocumentReader.readText(path)
            for (key, value) in try EnvFile.parse(text, path: file) { environment[key] = value }
        }
        return environment
    }

    /// The console for this command.
    func console() -> Console {
        Console(writeOut: context.writeOut, writeErr: context.writeErr, debugEnabled: debugEnabled)
    }

    /// `--debug`, or `$ECSPRESSO_DEBUG` set to a Go-true value (1, t, T, TRUE, true, True).
    var debugEnabled: Bool {
        global.debug || ["1", "t", "T", "TRUE", "true", "True"].contains(context.environment["ECSPRESSO_DEBUG"] ?? "")
    }

    /// What every command loads before touching AWS: environment, output, config and definition loader.
    struct Project {
        let environment: [String: String]
        let console: Console
        let config: EcspressoConfig
        var definitions: DefinitionLoader
        let jsonnet: JsonnetStage
        /// The config path as ecspresso would hold it: as given, or the discovered file name.
        let configPathAsGiven: String
    }

    /// Loads envfiles and the config (logging its warnings); no AWS client is made, so commands such
    /// as `render` work without a region or credentials.
    func loadProject() throws -> Project {
        let environment = try environment()
        let console = console()
        let jsonnet = try jsonnetStage(environment)
        let renderer = GoTemplateRenderer(functions: FunctionMap.config(environment: environment))
        let loader = ConfigLoader(
            renderer: renderer, environment: environment, workingDirectory: context.workingDirectory, jsonnet: jsonnet)
        let requested = global.config ?? context.environment["ECSPRESSO_CONFIG"]
        let path = loader.resolvePath(requested)
        let config = try loader.load(path: path)
        for warning in config.warnings { console.warn(warning) }
        let asGiven =
            requested.flatMap { $0.isEmpty || $0 == "ecspresso.yml" ? nil : $0 } ?? (path as NSString).lastPathComponent
        return Project(
            environment: environment, console: console, config: config,
            definitions: DefinitionLoader(renderer: renderer, jsonnet: jsonnet), jsonnet: jsonnet,
            configPathAsGiven: asGiven)
    }

    /// The AWS client for a project: region from the flag, the config or the environment.
    func makeAWSClient(_ project: Project) throws -> AWSClient {
        let environment = project.environment
        var logger = Logger(label: "ecswift") { _ in
            StderrLogHandler(logLevel: .info, write: context.writeErr)
        }
        logger.logLevel = debugEnabled ? .debug : .info
        let options = AWSClientOptions(
            region: global.region ?? project.config.region, profile: global.profile,
            assumeRoleARN: global.assumeRoleARN
                ?? context.environment["ECSPRESSO_ASSUME_ROLE_ARN"].flatMap { $0.isEmpty ? nil : $0 })
        return try AWSClient(options: options, environment: environment, logger: logger)
    }

    /// The definition loader with the plugin functions (tfstate, ssm, secretsmanager_arn, cfn_*).
    /// Plugins share `aws`, so they honour --assume-role-arn (ecspresso's do not). Definitions
    /// must then be loaded through `RenderThread.run`: plugin look-ups block on AWS calls.
    func pluginDefinitions(_ project: Project, aws: AWSClient) async throws -> DefinitionLoader {
        let plugins = try await PluginSet.load(
            project.config.plugins, configDirectory: project.config.directory, aws: aws,
            environment: project.environment)
        let renderer = GoTemplateRenderer(
            functions: FunctionMap.config(environment: project.environment).merging(plugins.templateFunctions))
        return DefinitionLoader(renderer: renderer, jsonnet: project.jsonnet)
    }

    /// Loads the config, builds the AWS clients and returns the app every service command runs on.
    /// Plugins (tfstate is read eagerly, possibly from S3) are set up only for commands that render
    /// definitions; they serve definitions only, as in ecspresso.
    func makeApp(renderingDefinitions: Bool = true) async throws -> App {
        let project = try loadProject()
        let aws = try makeAWSClient(project)
        let definitions = renderingDefinitions ? try await pluginDefinitions(project, aws: aws) : project.definitions
        return App(
            config: project.config, ecs: ECSClient(client: aws), console: project.console,
            definitions: definitions, pollInterval: pollInterval(project.environment),
            timeoutSeconds: try timeout(project.environment))
    }

    /// Jsonnet with `--ext-str`/`--ext-code` (or `$ECSPRESSO_EXT_STR`/`_CODE`) and the native
    /// functions `env` and `must_env`.
    func jsonnetStage(_ environment: [String: String]) throws -> JsonnetStage {
        do {
            let strings = try ExtVarParser.parse(
                global.extStr, environmentValue: context.environment["ECSPRESSO_EXT_STR"])
            let codes = try ExtVarParser.parse(
                global.extCode, environmentValue: context.environment["ECSPRESSO_EXT_CODE"])
            return JsonnetStage(
                options: JsonnetOptions(
                    extStrings: strings, extCodes: codes,
                    nativeFunctions: JsonnetOptions.ecspressoNatives(environment: environment)))
        } catch {
            throw UsageError("--ext-str/--ext-code: \(error)")
        }
    }

    /// `--timeout` / `$ECSPRESSO_TIMEOUT` in seconds, if given.
    func timeout(_ environment: [String: String]) throws -> Double? {
        guard let text = global.timeout ?? context.environment["ECSPRESSO_TIMEOUT"].flatMap({ $0.isEmpty ? nil : $0 })
        else {
            return nil
        }
        guard let seconds = GoDuration.seconds(text), seconds > 0 else {
            throw UsageError("--timeout \(text): not a positive Go duration (use e.g. 10m, 300s, 1h30m)")
        }
        return seconds
    }

    /// Seconds between polls while waiting: `$ECSWIFT_POLL_INTERVAL`, default 5. Below one second
    /// only against a custom endpoint (an emulator): real AWS would be polled in a busy loop.
    func pollInterval(_ environment: [String: String]) -> Double {
        let requested = environment["ECSWIFT_POLL_INTERVAL"].flatMap(Double.init) ?? 5
        let floor = (environment["AWS_ENDPOINT_URL"] ?? environment["AWS_ENDPOINT_URL_ECS"]) == nil ? 1.0 : 0
        return max(floor, requested)
    }
}

/// A flag or argument error found after parsing; exits with status 2.
struct UsageError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
