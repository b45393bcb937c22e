import Testing

@testable import Config

@Suite struct GoValuesTests {
    @Test(arguments: [
        ("1", "1"), ("1.0", "1"), ("256.00", "256"), ("0.5", "0.5"), ("-2.50", "-2.5"), ("1e3", "1000"),
        ("0.000001", "0.000001"), ("1e-7", "1e-7"), ("1.5e-10", "1.5e-10"), ("1e21", "1e+21"),
        ("123456789012345678901", "123456789012345680000"), ("9007199254740993", "9007199254740992"),
        ("0", "0"), ("-0", "-0"),
    ])
    func numbersPrintAsGoFloat64(input: String, expected: String) {
        #expect(GoValues.number(input) == expected)
    }

    @Test(arguments: [
        ("2024-03-26T21:05:06.123000+09:00", "2024-03-26T21:05:06.123+09:00"),
        ("2024-03-26T12:00:00.000Z", "2024-03-26T12:00:00Z"),
        ("2024-03-26T12:00:00+00:00", "2024-03-26T12:00:00Z"),
        ("2024-03-26T12:00:00.5-05:00", "2024-03-26T12:00:00.5-05:00"),
    ])
    func timestampsPrintAsGoTime(input: String, expected: String) {
        #expect(GoValues.timestamp(input) == expected)
    }

    @Test func nonRFC3339TimestampsAreLeftAlone() {
        #expect(GoValues.timestamp("yesterday") == nil)
    }

    @Test(arguments: [
        ("ecs-task-def.json", "ecspresso.yml", "ecs-task-def.json"),
        ("./ecs-task-def.json", "ecspresso.yml", "ecs-task-def.json"),
        ("ecs-task-def.json", "tests/ecspresso.yml", "tests/ecs-task-def.json"),
        ("../defs/td.json", "tests/ecspresso.yml", "defs/td.json"),
        ("../td.json", "ecspresso.yml", "../td.json"),
        ("/abs//td.json", "tests/ecspresso.yml", "/abs//td.json"),
        ("td.json", "/etc/app/ecspresso.yml", "/etc/app/td.json"),
    ])
    func definitionPathsResolveAsRestrictDoes(written: String, config: String, expected: String) {
        #expect(GoPath.resolve(written, configPath: config) == expected)
    }

    @Test(arguments: [
        ("ap-northeast-1", "ap-northeast-1"), ("", "\"\""), ("true", "\"true\""), ("null", "\"null\""),
        ("123", "\"123\""), ("1.5", "\"1.5\""), (">= 2.0", "\">= 2.0\""), ("a: b", "\"a: b\""),
        ("s3://bucket/key", "s3://bucket/key"), ("#x", "\"#x\""), ("12:30", "\"12:30\""), ("peco", "peco"),
    ])
    func yamlScalarsQuoteAsGoccy(input: String, expected: String) {
        #expect(GoYAML.scalar(input) == expected)
    }

    @Test(arguments: [("1", "1.0"), ("0.5", "0.5"), ("1000000", "1e+06"), ("123456", "123456.0"), ("0.00001", "1e-05")])
    func yamlNumbersPrintAsGoccyFloats(input: String, expected: String) {
        #expect(GoYAML.float(input) == expected)
    }
}
