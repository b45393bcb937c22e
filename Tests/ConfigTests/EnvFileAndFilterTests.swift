import Testing

@testable import Config

@Suite struct EnvFileTests {
    @Test(arguments: [
        ("export ECSPRESSO_TEST=ok", [["ECSPRESSO_TEST", "ok"]]),
        ("A=1\nB=two words # comment\n# full comment\n\n", [["A", "1"], ["B", "two words"]]),
        ("A='single # kept'", [["A", "single # kept"]]),
        (#"A="line\nbreak \u00e9""#, [["A", "line\nbreak é"]]),
        ("EMPTY=\nX=1", [["X", "1"]]),
        ("  export   SPACED = value  ", [["SPACED", "value"]]),
    ])
    func parses(text: String, expected: [[String]]) throws {
        let parsed = try EnvFile.parse(text, path: "envfile").map { [$0.0, $0.1] }
        #expect(parsed == expected)
    }

    @Test(arguments: [
        ("A=1\nNOEQUALS", "envfile:2: missing ="),
        ("A=\"unterminated", "envfile:1: unterminated double-quoted value"),
        ("BAD-NAME=1", "envfile:1: invalid variable name \"BAD-NAME\""),
    ])
    func errorsNameTheLine(text: String, message: String) {
        #expect {
            _ = try EnvFile.parse(text, path: "envfile")
        } throws: { error in
            String(describing: error) == message
        }
    }
}

@Suite struct FilterCommandTests {
    @Test func picksTheFilteredLine() throws {
        let filter = FilterCommand(commandLine: "grep two")
        #expect(try filter.select(from: ["one", "two", "three"]) == "two")
    }

    @Test func failureAndEmptySelectionAreErrors() {
        #expect(throws: FilterCommand.SelectionError.failed(command: "exit 3", status: 3)) {
            try FilterCommand(commandLine: "exit 3").select(from: ["a"])
        }
        #expect(throws: FilterCommand.SelectionError.nothingSelected(command: "cat >/dev/null")) {
            try FilterCommand(commandLine: "cat >/dev/null").select(from: ["a"])
        }
    }

    @Test func flagWinsOverEnvironmentAndConfig() {
        let env = ["ECSPRESSO_FILTER_COMMAND": "fzf"]
        #expect(FilterCommand.resolve(flag: "peco", environment: env, config: "x")?.commandLine == "peco")
        #expect(FilterCommand.resolve(flag: nil, environment: env, config: "x")?.commandLine == "fzf")
        #expect(FilterCommand.resolve(flag: nil, environment: [:], config: "x")?.commandLine == "x")
        #expect(FilterCommand.resolve(flag: nil, environment: [:], config: nil) == nil)
    }
}
