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

    func environment(_ variables: [String: String]) -> CommandEnvironment {
        CommandEnvironment(
            global: try! GlobalOptions.parse([]),
            context: CLIContext(environment: variables, workingDirectory: "/", writeOut: { _ in }, writeErr: { _ in }))
    }

    @Test func pollIntervalHasAFloorAgainstRealAWS() {
        let env = environment([:])
        #expect(env.pollInterval([:]) == 5)
        #expect(env.pollInterval(["ECSWIFT_POLL_INTERVAL": "0"]) == 1)
        #expect(env.pollInterval(["ECSWIFT_POLL_INTERVAL": "0", "AWS_ENDPOINT_URL": "http://127.0.0.1:1"]) == 0)
    }

    @Test(arguments: [("1", true), ("true", true), ("T", true), ("0", false), ("yes", false), ("", false)])
    func ecspressoDebugTurnsOnDebugOutput(value: String, enabled: Bool) {
        #expect(environment(["ECSPRESSO_DEBUG": value]).debugEnabled == enabled)
    }
}
