import AWSCore
import Documents
import Foundation

/// A plugin template function over string arguments, returning the text to insert.
public typealias PluginFunction = @Sendable ([String]) throws -> String

/// `ssm NAME [INDEX]`: a Systems Manager parameter, decrypted; cached per name for the run.
struct SSMPlugin: Sendable {
    /// A parameter's type and value as GetParameter returned it.
    struct Parameter: Sendable {
        var type: String
        var value: String
    }

    let aws: AWSClient
    let cache = LookupCache<Parameter>()

    /// The `ssm` function. Must be called off the cooperative pool (see `BlockingAsync`).
    var functions: [String: PluginFunction] { ["ssm": { try self.lookup($0) }] }

    /// String and SecureString: the value (no index allowed). StringList: the 0-based `INDEX`-th
    /// comma-separated element (index required, out of range is an error).
    func lookup(_ args: [String]) throws -> String {
        guard let name = args.first else {
            throw PluginError.badArguments(function: "ssm", reason: "a parameter name is required")
        }
        guard args.count <= 2 else {
            throw PluginError.badArguments(
                function: "ssm", reason: "ssm template function accepts at most 2 parameters, but got \(args.count)")
        }
        let parameter = try cache.value(for: name) { try BlockingAsync.run { try await fetch(name) } }
        guard parameter.type == "StringList" else {
            guard args.count == 1 else {
                throw PluginError.badArguments(
                    function: "ssm",
                    reason: "the second argument is supported only for StringList type, "
                        + "but the parameter \(name) is of type \(parameter.type)")
            }
            return parameter.value
        }
        guard args.count == 2 else {
            throw PluginError.badArguments(
                function: "ssm",
                reason: "the second argument is required for StringList type parameter \(name) to specify the index")
        }
        guard let index = Int(args[1].trimmingCharacters(in: .whitespaces)) else {
            throw PluginError.badArguments(function: "ssm", reason: "index \(args[1]) is not an integer")
        }
        let values = parameter.value.split(separator: ",", omittingEmptySubsequences: false)
        guard values.indices.contains(index) else {
            throw PluginError.badArguments(
                function: "ssm",
                reason: "index \(index) is out of range for StringList parameter \(name), "
                    + "which has \(values.count) values (indexes start at 0)")
        }
        return String(values[index])
    }

    private func fetch(_ name: String) async throws -> Parameter {
        let reply: JSONValue
        do {
            reply = try await aws.json(.ssm, "GetParameter", ["Name": .string(name), "WithDecryption": true])
        } catch let error as AWSError where error.code == "ParameterNotFound" {
            throw PluginError.notFound(function: "ssm", reason: "parameter \(name) is not found")
        } catch {
            throw PluginError.lookupFailed(function: "ssm", name: "parameter \(name)", reason: "\(error)")
        }
        guard let type = reply["Parameter"]?["Type"]?.stringValue, let value = reply["Parameter"]?["Value"]?.stringValue
        else {
            throw PluginError.lookupFailed(
                function: "ssm", name: "parameter \(name)", reason: "GetParameter reply has no Parameter.Type/Value")
        }
        return Parameter(type: type, value: value)
    }
}

/// `secretsmanager_arn NAME`: the full ARN (with its random suffix) of a secret; cached per name.
struct SecretsManagerPlugin: Sendable {
    let aws: AWSClient
    let cache = LookupCache<String>()

    /// The `secretsmanager_arn` function. Must be called off the cooperative pool.
    var functions: [String: PluginFunction] { ["secretsmanager_arn": { try self.arn($0) }] }

    func arn(_ args: [String]) throws -> String {
        guard args.count == 1 else {
            throw PluginError.badArguments(
                function: "secretsmanager_arn",
                reason: "takes exactly 1 argument (secret name or ARN), got \(args.count)")
        }
        let id = args[0]
        return try cache.value(for: id) {
            try BlockingAsync.run {
                let reply: JSONValue
                do {
                    reply = try await aws.json(.secretsManager, "DescribeSecret", ["SecretId": .string(id)])
                } catch let error as AWSError where error.code == "ResourceNotFoundException" {
                    throw PluginError.notFound(function: "secretsmanager_arn", reason: "secret \(id) is not found")
                } catch {
                    throw PluginError.lookupFailed(
                        function: "secretsmanager_arn", name: "secret \(id)", reason: "\(error)")
                }
                guard let arn = reply["ARN"]?.stringValue else {
                    throw PluginError.lookupFailed(
                        function: "secretsmanager_arn", name: "secret \(id)", reason: "DescribeSecret reply has no ARN")
                }
                return arn
            }
        }
    }
}
