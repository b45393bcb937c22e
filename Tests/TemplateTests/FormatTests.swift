import Testing

@testable import Template

@Suite struct FormatTests {
    @Test(
        arguments: [
            ("%s %d %q %v", ["a", 5, "q", ["x", 1]], "a 5 \"q\" [x 1]"),
            ("%03d|%x|%X|%x|%#x|%x", [7, 255, 255, "hi", 255, -255], "007|ff|FF|6869|0xff|-ff"),
            ("%t %v", [true, false], "true false"),
            (
                "%f|%.2f|%5.1f|%06.2f|%08.3f", [1.5, 3.14159, 3.14159, -1.5, 3.14159],
                "1.500000|3.14|  3.1|-01.50|0003.142"
            ),
            ("%e|%g|%g|%v", [1234.5678, 1e6, 0.5, 1e21], "1.234568e+03|1e+06|0.5|1e+21"),
            ("[%5s][%-5s][%.2s][%05d][%-4d]", ["ab", "ab", "abc", -42, 7], "[   ab][ab   ][ab][-0042][7   ]"),
            ("100%%", [], "100%"),
            ("%d", ["x"], "%!d(string=x)"),
            ("%s", [5], "%!s(int=5)"),
            ("%d", [1.5], "%!d(float64=1.5)"),
            ("%s|%v", [.null, .null], "%!s(<nil>)|<nil>"),
            ("%d %d", [1], "1 %!d(MISSING)"),
            ("a", [1, "b"], "a%!(EXTRA int=1, string=b)"),
            ("%v|%s", [["b": 2, "a": "x"], ["a", 1]], "map[a:x b:2]|[a %!s(int=1)]"),
            (
                "%+d|% d|%c|%q|%U|%T|%T", [5, 5, 65, 97, 0x1F600, "s", ["k": 1]],
                "+5| 5|A|'a'|U+1F600|string|map[string]interface {}"
            ),
            ("%q", ["tab\there \"quoted\" é\u{7}"], "\"tab\\there \\\"quoted\\\" é\\a\""),
            ("%*d|%-*d|", [4, 7, 3, 1], "   7|1  |"),
            ("%!", [], "%!!(MISSING)"),
            ("%", [], "%!(NOVERB)"),
            ("%z", [1], "%!z(int=1)"),
        ] as [(String, [TemplateValue], String)])
    func printf(format: String, args: [TemplateValue], expected: String) {
        #expect(GoFormatter.sprintf(format, args) == expected)
    }

    @Test(arguments: [
        (1.0, "1"), (1.5, "1.5"), (100000.0, "100000"), (1e6, "1e+06"), (1234567.0, "1.234567e+06"),
        (0.0001, "0.0001"), (0.00001, "1e-05"), (-2.5, "-2.5"), (0.1 + 0.2, "0.30000000000000004"),
        (1e100, "1e+100"), (0.0, "0"),
    ])
    func shortestFloat(value: Double, expected: String) {
        #expect(GoFormatter.sprint([.double(value)]) == expected)
    }

    @Test func printfThroughTemplate() throws {
        #expect(try render("{{printf \"%s-%03d\" \"web\" 7}}") == "web-007")
        #expect(try render("{{printf \"%v\" .Missing}}") == "<nil>")
        #expect(try render("{{ \"x\" | printf \"%s=%s\" \"k\" }}") == "k=x")
    }
}
