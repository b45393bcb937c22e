import Schedule
import Testing

@Suite struct ScheduleExpressionTests {
    /// Spec §6.2 `TestCronValidate`: the exact aggregated message.
    @Test func invalidRulesAreReportedTogetherByName() throws {
        let path = try Support.write(
            """
            region: us-east-1
            cluster: api
            rules:
            - {name: rule-1, scheduleExpression: "cron(0 0 * * ? *)", taskDefinition: t}
            - {name: rule-2, scheduleExpression: "rate(1 day)", taskDefinition: t}
            - {name: rule-3, scheduleExpression: "invalid(0 0 * * *)", taskDefinition: t}
            - {name: rule-4, scheduleExpression: "cron(0 0 * * * *)", taskDefinition: t}
            - {name: rule-5, scheduleExpression: "cron( 0 0 * * ? * )", taskDefinition: t}
            """)
        #expect {
            try Support.loader().load(path: path)
        } throws: { error in
            guard let error = error as? ScheduleExpressionError else { return false }
            return error.body == """
                schedule expression validation errors:
                \trule "rule-3": invalid expression: "invalid(0 0 * * *)"
                \trule "rule-4": either day-of-month or day-of-week must be '?'
                \trule "rule-5": trailing or leading spaces are not allowed inside parentheses: "cron( 0 0 * * ? * )"
                """
                && error.description.hasPrefix(path + ": schedule expression validation errors:")
                && error.description.contains("(hint: ")
        }
    }

    @Test(arguments: [
        "cron(0 0 * * ? *)", "cron(0/15 9-17 ? * MON-FRI *)", "cron(0 12 L * ? 2030)", "cron(0 8 15W * ? *)",
        "cron(0 8 ? * 6#3 *)", "cron(0 8 ? * 6L *)", "cron(5,35 14 * JAN,jul ? 1970-2199)", "cron(0 0 L-3 * ? *)",
        "cron(0 0 LW * ? *)", "rate(1 minute)", "rate(5 minutes)", "rate(1 hour)", "rate(12 hours)", "rate(1 day)",
        "rate(7 days)",
    ])
    func validExpressions(expression: String) {
        #expect(ScheduleExpression.problem(in: expression) == nil)
    }

    @Test(arguments: [
        ("", "invalid expression: \"\""),
        ("at(2030-01-01T00:00:00)", "invalid expression: \"at(2030-01-01T00:00:00)\""),
        (
            "cron(0 0 * * ?)",
            "a cron expression has 6 fields (minutes hours day-of-month month day-of-week year), found 5: \"0 0 * * ?\""
        ),
        ("cron(60 0 * * ? *)", "minute must be 0-59 (value=60)"),
        ("cron(0 24 * * ? *)", "hour must be 0-23 (value=24)"),
        ("cron(0 0 32 * ? *)", "day-of-month must be 1-31 (value=32)"),
        ("cron(0 0 * 13 ? *)", "month must be 1-12 (value=13)"),
        ("cron(0 0 ? * 8 *)", "day-of-week must be 1-7 (value=8)"),
        ("cron(0 0 * * ? 1969)", "year must be 1970-2199 (value=1969)"),
        ("cron(0 0 ? * ? *)", "'?' cannot be set to both day-of-month and day-of-week"),
        ("cron(0 0 * * * *)", "either day-of-month or day-of-week must be '?'"),
        ("cron(? 0 * * ? *)", "invalid minute value \"?\""),
        ("cron(0 0 L-31 * ? *)", "'L-<num>' must be 1-30 (value=31)"),
        ("cron(0 0 * FOO ? *)", "invalid month value \"FOO\""),
        ("cron(0/0 0 * * ? *)", "invalid minute field \"0/0\""),
        ("rate(0 days)", "invalid rate expression \"rate(0 days)\": the value must be at least 1"),
        (
            "rate(1 fortnight)",
            "invalid rate expression \"rate(1 fortnight)\": a value of 1 takes a singular unit (minute, hour or day)"
        ),
        ("rate(1 days)", "invalid rate expression \"rate(1 days)\": a value of 1 takes a singular unit (rate(1 day))"),
        (
            "rate(5 minute)",
            "invalid rate expression \"rate(5 minute)\": a value above 1 takes a plural unit (rate(5 minutes))"
        ),
        (
            "rate(five minutes)",
            "invalid rate expression \"rate(five minutes)\": write rate(<value> <unit>), e.g. rate(5 minutes)"
        ),
    ])
    func invalidExpressions(expression: String, message: String) {
        #expect(ScheduleExpression.problem(in: expression) == message)
    }
}
