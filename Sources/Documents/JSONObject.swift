/// The members of a JSON object, in the order they were written.
public struct JSONObject: Sendable, Hashable, RandomAccessCollection {
    /// One `"key": value` member.
    public struct Member: Sendable, Hashable {
        /// The member's key.
        public var key: String
        /// The member's value.
        public var value: JSONValue
        /// Creates a member.
        public init(key: String, value: JSONValue) {
            self.key = key
            self.value = value
        }
    }

    /// The members in order.
    public private(set) var members: [Member]

    /// Creates an object from members; a later duplicate key replaces the earlier value in place.
    public init(_ members: [Member] = []) {
        self.members = []
        for m in members { self[m.key] = m.value }
    }

    /// The first index.
    public var startIndex: Int { members.startIndex }
    /// One past the last index.
    public var endIndex: Int { members.endIndex }
    /// The member at `position`.
    public subscript(position: Int) -> Member { members[position] }

    /// The keys in order.
    public var keys: [String] { members.map(\.key) }

    /// The value for `key`; setting nil removes the member, setting a new key appends it.
    public subscript(key: String) -> JSONValue? {
        get { members.first { $0.key == key }?.value }
        set {
            if let i = members.firstIndex(where: { $0.key == key }) {
                if let newValue { members[i].value = newValue } else { members.remove(at: i) }
            } else if let newValue {
                members.append(Member(key: key, value: newValue))
            }
        }
    }

    /// The first member whose key equals `key` ignoring case (Go's `encoding/json` matching).
    public func member(caseInsensitive key: String) -> Member? {
        if let exact = members.first(where: { $0.key == key }) { return exact }
        let lower = key.lowercased()
        return members.first { $0.key.lowercased() == lower }
    }

    /// Removes and returns the value for `key`.
    @discardableResult
    public mutating func removeValue(forKey key: String) -> JSONValue? {
        guard let i = members.firstIndex(where: { $0.key == key }) else { return nil }
        return members.remove(at: i).value
    }

    /// Returns the members sorted by key (byte order, as Go sorts map keys).
    public func sortedByKey() -> JSONObject {
        var copy = self
        copy.members.sort { Array($0.key.utf8).lexicographicallyPrecedes(Array($1.key.utf8)) }
        return copy
    }

    /// Applies `transform` to every value, keeping keys and order.
    public func mapValues(_ transform: (JSONValue) throws -> JSONValue) rethrows -> JSONObject {
        JSONObject(try members.map { Member(key: $0.key, value: try transform($0.value)) })
    }
}
