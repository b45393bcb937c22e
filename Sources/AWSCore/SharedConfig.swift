import Foundation

/// The merged view of the shared config and credentials files.
///
/// Paths come from `AWS_CONFIG_FILE` / `AWS_SHARED_CREDENTIALS_FILE` or `$HOME/.aws/…`; a missing file
/// is an empty file. Keys in the credentials file win over the same keys in the config file.
struct SharedConfig: Sendable {
    var config: INIFile
    var credentials: INIFile

    /// Loads both files named by the environment; unreadable files count as empty.
    static func load(environment: [String: String]) -> SharedConfig {
        let home = environment["HOME"] ?? ""
        let configPath = expand(environment["AWS_CONFIG_FILE"] ?? "~/.aws/config", home: home)
        let credentialsPath = expand(environment["AWS_SHARED_CREDENTIALS_FILE"] ?? "~/.aws/credentials", home: home)
        return SharedConfig(config: read(configPath), credentials: read(credentialsPath))
    }

    static func read(_ path: String) -> INIFile {
        guard let data = FileManager.default.contents(atPath: path) else { return INIFile(sections: []) }
        return INIFile.parse(String(decoding: data, as: UTF8.self))
    }

    /// Expands a leading `~` with the injected home directory.
    static func expand(_ path: String, home: String) -> String {
        if path == "~" { return home }
        if path.hasPrefix("~/") { return home + path.dropFirst() }
        return path
    }

    /// The profile name in effect: explicit option, then `AWS_PROFILE`, `AWS_DEFAULT_PROFILE`, `default`.
    static func profileName(explicit: String?, environment: [String: String]) -> String {
        for candidate in [explicit, environment["AWS_PROFILE"], environment["AWS_DEFAULT_PROFILE"]] {
            if let candidate, !candidate.isEmpty { return candidate }
        }
        return "default"
    }

    /// The profile's properties, merged from `[profile name]` (or `[default]`) and the credentials file's `[name]`.
    func profile(_ name: String) -> [String: String]? {
        var fromConfig = config.section("profile \(name)")
        if name == "default" {
            // `[profile default]` wins over `[default]` when both exist, as in the AWS CLI.
            if let plain = config.section("default") {
                fromConfig = plain.merging(fromConfig ?? [:]) { _, profile in profile }
            }
        }
        let fromCredentials = credentials.section(name)
        if fromConfig == nil && fromCredentials == nil { return nil }
        return (fromConfig ?? [:]).merging(fromCredentials ?? [:]) { _, credentials in credentials }
    }

    /// An `[sso-session name]` section.
    func ssoSession(_ name: String) -> [String: String]? { config.section("sso-session \(name)") }

    /// A `[services name]` section.
    func services(_ name: String) -> [String: String]? { config.section("services \(name)") }
}
