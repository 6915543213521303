#pragma once

#include <string_view>
#include <vector>

#include "core/diagnostics/Diagnostic.h"

namespace iam {

class ManagedPolicyLibrary;

// Fills a ManagedPolicyLibrary from a bundle's bytes (which must outlive it): checks the header,
// that the compressed blocks exactly fill the rest of the file, and every index line. Documents are
// checked when they are inflated. Any problem rejects the whole bundle: a policy pointing at the
// wrong bytes would show a user another policy's permissions under its name.
class ManagedBundleReader final {
public:
    static bool read(std::string_view bytes, ManagedPolicyLibrary& library, std::vector<Diagnostic>& diagnostics);
};

} // namespace iam
