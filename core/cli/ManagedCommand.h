#pragma once

#include <string>

#include "core/cli/CliCommands.h"

namespace iam {

// `managed`: the names of every bundled AWS managed policy, one a line (or JSON with ARNs, paths
// and versions).
int runManagedList(bool asJson, CliStreams streams);

// `managed NAME`: the policy's document, in canonical form when it parses (it can be saved and
// edited as a starting point). Exit 1 for an unknown name, with "did you mean".
int runManagedShow(const std::string& name, bool asJson, CliStreams streams);

// `managed --search TEXT`: the matching policies, best first, with what each is for. Exit 1 when
// nothing matches.
int runManagedSearch(const std::string& text, bool asJson, CliStreams streams);

} // namespace iam
