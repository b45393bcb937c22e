import CLI
import Testing

/// Help and usage errors, in-process (no emulator needed).
@Suite struct HelpTests {
    func run(_ arguments: [String]) async -> (Int32, String, String) {
        let output = OutputCapture()
        let status = await ECSwiftCLI.run(
            arguments,
            context: CLIContext(
                environment: [:], workingDirectory: "/", writeOut: output.appendOut, writeErr: output.appendErr))
        return (status, output.out, output.err)
    }

    @Test(arguments: [
        (["deploy", "-h"], "Register the task definition and deploy the service"),
        (["help", "status"], "Show the service, its deployments and recent events."),
        (["wait", "--help"], "Wait until the service's current deployment is stable."),
        ([], "USAGE: ecswift <subcommand>"),
        (["schedule"], "ecschedule"),
    ])
    func helpGoesToStdoutWithStatusZero(arguments: [String], expected: String) async {
        let (status, out, _) = await run(arguments)
        #expect(status == 0)
        #expect(out.contains(expected))
    }

    @Test func unknownOptionIsAUsageError() async {
        let (status, _, err) = await run(["status", "--bogus"])
        #expect(status == 2)
        #expect(err.contains("Unknown option '--bogus'"))
    }
}
