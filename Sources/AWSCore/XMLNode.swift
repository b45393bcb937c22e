import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// An XML element: name, attributes, child elements and the text directly inside it.
///
/// Enough for awsQuery and S3 replies: namespaces are dropped from names and mixed content is
/// not preserved, only the concatenated character data of each element.
public struct XMLNode: Sendable, Hashable {
    /// The element's local name (prefix stripped).
    public var name: String
    /// Attributes by name.
    public var attributes: [String: String]
    /// Child elements in document order.
    public var children: [XMLNode]
    /// The character data directly inside this element, untrimmed.
    public var text: String

    /// Creates a node.
    public init(name: String, attributes: [String: String] = [:], children: [XMLNode] = [], text: String = "") {
        self.name = name
        self.attributes = attributes
        self.children = children
        self.text = text
    }

    /// The first child element with this name.
    public func child(_ name: String) -> XMLNode? { children.first { $0.name == name } }

    /// All child elements with this name.
    public func children(_ name: String) -> [XMLNode] { children.filter { $0.name == name } }

    /// The element reached by following child names, e.g. `["Error", "Code"]`.
    public func child(path: [String]) -> XMLNode? {
        var node = self
        for name in path {
            guard let next = node.child(name) else { return nil }
            node = next
        }
        return node
    }

    /// The trimmed text of the named child, if present.
    public func text(of name: String) -> String? {
        child(name)?.text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The `member` children of the named list child (`<TargetGroups><member>…`), empty if absent.
    public func members(of name: String) -> [XMLNode] { child(name)?.children("member") ?? [] }

    /// The first element with this name anywhere below (depth first), including self.
    public func first(named name: String) -> XMLNode? {
        if self.name == name { return self }
        for child in children {
            if let found = child.first(named: name) { return found }
        }
        return nil
    }
}

/// A reply that is not well-formed XML.
public struct XMLSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    /// 1-based line where parsing stopped.
    public var line: Int
    /// The parser's reason.
    public var reason: String

    /// `line N: reason`.
    public var description: String { "XML line \(line): \(reason)" }
}

extension XMLNode {
    /// Parses an XML document into its root element.
    public static func parse(_ bytes: [UInt8]) throws(XMLSyntaxError) -> XMLNode {
        let parser = XMLParser(data: Data(bytes))
        let builder = XMLTreeBuilder()
        parser.delegate = builder
        parser.shouldProcessNamespaces = false
        guard parser.parse(), let root = builder.root else {
            let reason = parser.parserError.map { String(describing: $0) } ?? "no root element"
            throw XMLSyntaxError(line: parser.lineNumber, reason: reason)
        }
        return root
    }

    /// Parses XML text into its root element.
    public static func parse(_ text: String) throws(XMLSyntaxError) -> XMLNode {
        try parse(Array(text.utf8))
    }
}

/// Collects XMLParser callbacks into an `XMLNode` tree; used synchronously on one thread.
private final class XMLTreeBuilder: NSObject, XMLParserDelegate {
    var stack: [XMLNode] = []
    var root: XMLNode?

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
    ) {
        let local = elementName.split(separator: ":").last.map(String.init) ?? elementName
        stack.append(XMLNode(name: local, attributes: attributeDict))
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
    ) {
        guard let node = stack.popLast() else { return }
        if stack.isEmpty {
            root = node
        } else {
            stack[stack.count - 1].children.append(node)
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard !stack.isEmpty else { return }
        stack[stack.count - 1].text += string
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        guard !stack.isEmpty else { return }
        stack[stack.count - 1].text += String(decoding: CDATABlock, as: UTF8.self)
    }
}
