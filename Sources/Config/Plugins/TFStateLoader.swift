import AWSCore
import Documents
import Foundation
import Logging

/// Reads Terraform state from where a `tfstate` plugin's config points: a local file (`path`, or a
/// plain/`file://` `url`), `s3://bucket/key`, `http(s)://…`, or `remote://host/ORG/WORKSPACE`
/// (Terraform Cloud / Enterprise, token from `TFE_TOKEN`). A local state that only records a
/// `backend` (`.terraform/terraform.tfstate`) is followed to the s3 or remote state it names.
struct TFStateLoader: Sendable {
    /// Client for `s3://` and s3 backends.
    var aws: AWSClient
    /// The process environment (`TFE_TOKEN`, `TF_WORKSPACE`, and for other-region clients).
    var environment: [String: String]
    /// Transport for HTTP(S) state and the Terraform Cloud API.
    var http: any HTTPTransport

    /// Loads the state named by a plugin `config` (`path` or `url`), relative paths against `directory`.
    func load(config: JSONValue, directory: String) async throws -> TFState {
        if let path = config["path"] {
            guard let path = path.stringValue else {
                throw PluginError.invalidConfig(plugin: "tfstate", reason: "requires path for tfstate file as a string")
            }
            return try await loadFile(Self.resolve(path, against: directory))
        }
        if let url = config["url"] {
            guard let url = url.stringValue else {
                throw PluginError.invalidConfig(plugin: "tfstate", reason: "requires url for tfstate URL as a string")
            }
            return try await loadURL(url, directory: directory)
        }
        throw PluginError.invalidConfig(plugin: "tfstate", reason: "requires path or url for tfstate location")
    }

    /// Loads a state from a URL string (a string without a scheme is a local path).
    func loadURL(_ location: String, directory: String) async throws -> TFState {
        guard let separator = location.range(of: "://") else {
            return try await loadFile(Self.resolve(location, against: directory))
        }
        let scheme = location[..<separator.lowerBound].lowercased()
        let rest = String(location[separator.upperBound...])
        switch scheme {
        case "file":
            return try await loadFile(Self.resolve(rest, against: directory))
        case "http", "https":
            return try TFState(bytes: try await get(location, token: nil), location: location)
        case "s3":
            let parts = rest.split(separator: "/", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[1].isEmpty else {
                throw PluginError.stateUnreadable(location: location, reason: "expected s3://BUCKET/KEY")
            }
            return try TFState(
                bytes: try await readS3(bucket: parts[0], key: parts[1], region: nil), location: location)
        case "remote":
            let parts = rest.split(separator: "/").map(String.init)
            guard parts.count == 3 else {
                throw PluginError.stateUnreadable(
                    location: location, reason: "expected remote://HOST/ORGANIZATION/WORKSPACE")
            }
            let bytes = try await readTerraformCloud(
                host: parts[0], organization: parts[1], workspace: parts[2], token: environment["TFE_TOKEN"])
            return try TFState(bytes: bytes, location: location)
        default:
            throw PluginError.stateUnreadable(
                location: location,
                reason: "URL scheme \(scheme) is not supported (use a path, file, http, https, s3 or remote)")
        }
    }

    /// Reads a local state file, following a `backend` block to the remote state.
    func loadFile(_ path: String) async throws -> TFState {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw PluginError.stateUnreadable(location: path, reason: "no such file or it cannot be read")
        }
        let bytes = [UInt8](data)
        guard let backend = TFState.backend(in: bytes) else { return try TFState(bytes: bytes, location: path) }
        let workspace = workspace(besides: path)
        let config = backend.config
        switch backend.type {
        case "s3":
            guard let bucket = config["bucket"]?.stringValue, var key = config["key"]?.stringValue else {
                throw PluginError.stateUnreadable(location: path, reason: "s3 backend without bucket or key")
            }
            if workspace != "default" {
                key = (config["workspace_key_prefix"]?.stringValue ?? "env:") + "/" + workspace + "/" + key
            }
            let region = config["region"]?.stringValue
            let bytes = try await readS3(bucket: bucket, key: key, region: region)
            return try TFState(bytes: bytes, location: "s3://\(bucket)/\(key)")
        case "remote":
            guard let organization = config["organization"]?.stringValue else {
                throw PluginError.stateUnreadable(location: path, reason: "remote backend without organization")
            }
            let workspaces = config["workspaces"]
            let name: String
            if let exact = workspaces?["name"]?.stringValue, !exact.isEmpty {
                name = exact
            } else if let prefix = workspaces?["prefix"]?.stringValue, !prefix.isEmpty {
                name = prefix + workspace
            } else {
                throw PluginError.stateUnreadable(
                    location: path, reason: "remote backend workspaces need name or prefix")
            }
            let host = config["hostname"]?.stringValue ?? "app.terraform.io"
            let token = config["token"]?.stringValue ?? environment["TFE_TOKEN"]
            let bytes = try await readTerraformCloud(
                host: host, organization: organization, workspace: name, token: token)
            return try TFState(bytes: bytes, location: "remote://\(host)/\(organization)/\(name)")
        default:
            throw PluginError.stateUnreadable(location: path, reason: "backend type \(backend.type) is not supported")
        }
    }

    /// `TF_WORKSPACE`, else the `environment` file next to the state, else `default`.
    func workspace(besides path: String) -> String {
        if let name = environment["TF_WORKSPACE"], !name.isEmpty { return name }
        let file = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("environment")
        let text = (try? String(contentsOf: file, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
        return text.flatMap { $0.isEmpty ? nil : $0 } ?? "default"
    }

    /// `GetObject`, with a client for the backend's region when it differs from the default one.
    func readS3(bucket: String, key: String, region: String?) async throws -> [UInt8] {
        var client = aws
        if let region, !region.isEmpty, region != aws.region {
            client = try AWSClient(
                options: AWSClientOptions(region: region), environment: environment,
                logger: Logger(label: "ecswift.plugins.tfstate"))
        }
        do {
            return try await client.restData(.s3, method: "GET", path: "/\(bucket)/\(key)")
        } catch {
            throw PluginError.stateUnreadable(location: "s3://\(bucket)/\(key)", reason: "\(error)")
        }
    }

    /// The current state of a Terraform Cloud / Enterprise workspace: workspace id, then the current
    /// state version's `hosted-state-download-url`. Loopback hosts are reached over plain HTTP.
    func readTerraformCloud(host: String, organization: String, workspace: String, token: String?) async throws
        -> [UInt8]
    {
        let loopback = ["127.0.0.1", "localhost", "[::1]"].contains { host == $0 || host.hasPrefix($0 + ":") }
        let base = (loopback ? "http://" : "https://") + host
        let location = "remote://\(host)/\(organization)/\(workspace)"
        let workspaceDocument = try await getJSON(
            "\(base)/api/v2/organizations/\(organization)/workspaces/\(workspace)", token: token, location: location)
        guard let id = workspaceDocument["data"]?["id"]?.stringValue else {
            throw PluginError.stateUnreadable(location: location, reason: "workspace reply has no data.id")
        }
        let version = try await getJSON(
            "\(base)/api/v2/workspaces/\(id)/current-state-version", token: token, location: location)
        guard let download = version["data"]?["attributes"]?["hosted-state-download-url"]?.stringValue else {
            throw PluginError.stateUnreadable(
                location: location, reason: "current state version has no hosted-state-download-url")
        }
        let absolute = download.hasPrefix("/") ? base + download : download
        // The token goes only to the API host, never to a download URL elsewhere.
        let sameHost = absolute.hasPrefix(base + "/")
        return try await get(absolute, token: sameHost ? token : nil, location: location)
    }

    private func getJSON(_ url: String, token: String?, location: String) async throws -> JSONValue {
        let bytes = try await get(url, token: token, location: location, accept: "application/vnd.api+json")
        do {
            return try JSONValue.parse(bytes: bytes)
        } catch {
            throw PluginError.stateUnreadable(location: location, reason: "invalid JSON from \(url): \(error)")
        }
    }

    /// A GET that must answer 200; the bearer token is sent only when given.
    func get(_ url: String, token: String?, location: String? = nil, accept: String? = nil) async throws -> [UInt8] {
        let location = location ?? url
        guard let target = URL(string: url) else {
            throw PluginError.stateUnreadable(location: location, reason: "invalid URL \(url)")
        }
        var headers: [(name: String, value: String)] = []
        if let token, !token.isEmpty { headers.append((name: "Authorization", value: "Bearer \(token)")) }
        if let accept { headers.append((name: "Accept", value: accept)) }
        let response: HTTPResponse
        do {
            response = try await http.send(HTTPRequest(method: "GET", url: target, headers: headers))
        } catch {
            throw PluginError.stateUnreadable(location: location, reason: "GET \(url): \(error)")
        }
        guard response.status == 200 else {
            throw PluginError.stateUnreadable(location: location, reason: "GET \(url): HTTP \(response.status)")
        }
        return response.body
    }

    /// An absolute path as is; a relative one joined to `directory`.
    static func resolve(_ path: String, against directory: String) -> String {
        if path.hasPrefix("/") || directory.isEmpty { return path }
        return URL(fileURLWithPath: directory).appendingPathComponent(path).path
    }
}
