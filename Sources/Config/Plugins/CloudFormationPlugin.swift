import AWSCore

/// `cfn_output STACK KEY` and `cfn_export NAME`: CloudFormation stack outputs (DescribeStacks,
/// cached per stack) and exports (ListExports, every page, fetched once per run).
struct CloudFormationPlugin: Sendable {
    let aws: AWSClient
    let stacks = LookupCache<[String: String]>()
    let exports = LookupCache<[String: String]>()

    /// The two functions. Must be called off the cooperative pool (see `BlockingAsync`).
    var functions: [String: PluginFunction] {
        ["cfn_output": { try self.output($0) }, "cfn_export": { try self.export($0) }]
    }

    func output(_ args: [String]) throws -> String {
        guard args.count == 2 else {
            throw PluginError.badArguments(
                function: "cfn_output", reason: "takes 2 arguments (stack name, output key), got \(args.count)")
        }
        let (stack, key) = (args[0], args[1])
        let outputs = try stacks.value(for: stack) { try BlockingAsync.run { try await describe(stack) } }
        guard let value = outputs[key] else {
            throw PluginError.notFound(
                function: "cfn_output", reason: "outputKey \(key) is not found in stack \(stack)")
        }
        return value
    }

    func export(_ args: [String]) throws -> String {
        guard args.count == 1 else {
            throw PluginError.badArguments(
                function: "cfn_export", reason: "takes 1 argument (export name), got \(args.count)")
        }
        let all = try exports.value(for: "") { try BlockingAsync.run { try await listExports() } }
        guard let value = all[args[0]] else {
            throw PluginError.notFound(function: "cfn_export", reason: "\(args[0]) is not found in exports")
        }
        return value
    }

    private func describe(_ stack: String) async throws -> [String: String] {
        let result: XMLNode
        do {
            result = try await aws.query(.cloudFormation, "DescribeStacks", [("StackName", stack)])
        } catch let error as AWSError where error.code == "ValidationError" && error.message.contains("does not exist")
        {
            throw PluginError.notFound(function: "cfn_output", reason: "stack \(stack) is not found")
        } catch {
            throw PluginError.lookupFailed(function: "cfn_output", name: "stack \(stack)", reason: "\(error)")
        }
        guard let found = result.members(of: "Stacks").first else {
            throw PluginError.notFound(function: "cfn_output", reason: "stack \(stack) is not found")
        }
        var outputs: [String: String] = [:]
        for output in found.members(of: "Outputs") {
            if let key = output.text(of: "OutputKey") { outputs[key] = output.child("OutputValue")?.text ?? "" }
        }
        return outputs
    }

    private func listExports() async throws -> [String: String] {
        var all: [String: String] = [:]
        var token: String?
        repeat {
            let result: XMLNode
            do {
                result = try await aws.query(.cloudFormation, "ListExports", token.map { [("NextToken", $0)] } ?? [])
            } catch {
                throw PluginError.lookupFailed(function: "cfn_export", name: "exports", reason: "\(error)")
            }
            for export in result.members(of: "Exports") {
                if let name = export.text(of: "Name") { all[name] = export.child("Value")?.text ?? "" }
            }
            token = result.text(of: "NextToken").flatMap { $0.isEmpty ? nil : $0 }
        } while token != nil
        return all
    }
}
