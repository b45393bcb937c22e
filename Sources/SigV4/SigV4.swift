/// Placeholder until the module's first file lands.
enum SigV4Module {}
