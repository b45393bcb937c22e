// `shared.libsonnet` is not next to this file: it comes from a library search path.
local shared = import 'shared.libsonnet';
{ name: shared.name }
