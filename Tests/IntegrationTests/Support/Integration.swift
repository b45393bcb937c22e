import Testing

/// Every suite that talks to the shared emulator nests here, so they run one at a time:
/// they reset state and count calls on one server.
@Suite(.serialized) enum Integration {}
