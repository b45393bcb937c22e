import Testing

@testable import CLI

/// Argument handling that needs no emulator.
@Suite struct ArgumentTests {
    @Test(arguments: [
        (["--envfile", "a", "deploy", "--envfile", "b"], ["deploy", "--envfile", "a", "--envfile", "b"]),
        (
            ["--debug", "--config=x.yml", "status", "--events", "3"],
            ["status", "--debug", "--config=x.yml", "--events", "3"]
        ),
        (["--config", "x.yml", "schedule", "render"], ["schedule", "render", "--config", "x.yml"]),
        (["deploy", "--dry-run"], ["deploy", "--dry-run"]),
    ])
    func globalFlagsMoveBehindTheCommandInOrder(input: [String], expected: [String]) {
        #expect(GlobalOptions.normalize(input) == expected)
    }

    @Test func tasksAcceptsMinusOneAsAValue() throws {
        let command = try DeployCommand.parse(["--tasks", "-1"])
        #expect(command.tasks == -1)
        #expect(try DeployCommand.parse(["--tasks", "3"]).tasks == 3)
    }

    @Test func ecspressoCommandsNotYetImplementedSaySo() async {
        let output = OutputCapture()
        let status = await ECSwiftCLI.run(
            ["--config", "x.yml", "rollback"],
            context: CLIContext(
                environment: [:], workingDirectory: "/", writeOut: output.appendOut, writeErr: output.appendErr))
        #expect(status == 2)
        #expect(output.err.contains("`rollback` (an ecspresso command) is not implemented in ecswift"))
    }
}
