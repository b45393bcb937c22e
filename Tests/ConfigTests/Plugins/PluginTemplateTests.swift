import Foundation
import Template
import Testing

@testable import Config

/// Renders `text` with go-config's functions plus the plugins', on a dedicated thread.
func renderTemplate(_ text: String, _ set: PluginSet) async throws -> String {
    let functions = FunctionMap.config(environment: [:]).merging(set.templateFunctions)
    let renderer = GoTemplateRenderer(functions: functions)
    return try await RenderThread.run { try renderer.render(path: "td.json", text: text) }
}

@Suite("plugin functions inside Go templates")
struct PluginTemplateTests {
    func tfstateSet() async throws -> PluginSet {
        try await PluginSet.load(
            [
                plugin("tfstate", ["path": "terraform.tfstate"]),
                plugin("tfstate", ["path": "terraform.tfstate"], prefix: "b_"),
            ],
            configDirectory: PluginFixtures.directory, aws: try makeClient(), environment: [:])
    }

    @Test(
        "tfstate and tfstatef with Go-typed arguments",
        arguments: [
            (#"{{ tfstate "aws_vpc.main.id" }}"#, "vpc-0a1b2c3d4e5f67890"),
            (#"{{ tfstatef "aws_subnet.private[%d].id" 1 }}"#, "subnet-0bbb2222"),
            ("{{ b_tfstatef `data.aws_security_group.default['%s'].id` \"second\" }}", "sg-99999999"),
            ("{{ tfstate `output.private_subnet_ids` }}", #"["subnet-0aaa1111","subnet-0bbb2222"]"#),
            (#"{{ "aws_iam_role.task.arn" | b_tfstate }}"#, "arn:aws:iam::123456789012:role/app-task"),
            (#"{{ tfstate "aws_lb.x.idle_timeout" }}"#, "60"),
        ])
    func tfstate(template: String, expected: String) async throws {
        #expect(try await renderTemplate(template, try await tfstateSet()) == expected)
    }

    @Test("a missing address fails the render with the address and the state file")
    func missing() async throws {
        let set = try await tfstateSet()
        let text = await message {
            _ = try await renderTemplate("{\n\"x\": \"{{ tfstate `aws_vpc.nothing.id` }}\"}", set)
        }
        #expect(
            text?.contains(
                "error calling tfstate: aws_vpc.nothing.id is not found in tfstate \(PluginFixtures.statePath)")
                == true,
            "\(text ?? "no error")")
    }

    @Test("a function of an unconfigured plugin is not defined")
    func undefined() async throws {
        let set = try await PluginSet.load([], configDirectory: "", aws: try makeClient(), environment: [:])
        let text = await message { _ = try await renderTemplate(#"{{ cfn_export "x" }}"#, set) }
        #expect(text?.contains(#"function "cfn_export" not defined"#) == true, "\(text ?? "no error")")
    }
}

// In the serialized emulator suite, so its calls never disturb the call-count test.
extension AWSPluginTests {
    @Test("ssm and cfn functions on the emulator, and their errors")
    func awsFunctions() async throws {
        try await EmulatorSeed.shared.ensure()
        let environment = try await EmulatorControl.environment()
        let set = try await PluginSet.load(
            [plugin("cloudformation")], configDirectory: "", aws: try makeClient(environment), environment: environment)
        let text = #"{{ ssm "/app/list" 1 }} {{ ssm "/app/secure" }} {{ cfn_output "network" "VpcId" }}"#
        #expect(try await renderTemplate(text, set) == "b securestring value vpc-cfn0001")
        let failure = await message { _ = try await renderTemplate(#"{{ ssm "/app/list" 5 }}"#, set) } ?? "no error"
        #expect(failure.contains("error calling ssm: index 5 is out of range for StringList parameter /app/list"))
        #expect(!failure.contains("a,b,c"))
        let listArgument = await message { _ = try await renderTemplate(#"{{ ssm (slice "ab" 1) 0 }}"#, set) } ?? ""
        #expect(listArgument.contains("error calling ssm: parameter b is not found"), "\(listArgument)")
    }
}
