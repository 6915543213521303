#pragma once

#include <string>

#include "core/lint/PolicyKind.h"

namespace iam {

// One entry of our template gallery (resources/templates/templates.json): a policy file we wrote
// to start from, with the words the gallery shows for it.
struct PolicyTemplate {
    std::string id;  // stable, e.g. `s3-read-only-bucket`
    std::string title;
    std::string description;  // one or two sentences for a beginner
    PolicyKind kind = PolicyKind::Identity;  // what the policy is attached to; the linter checks it as this
    std::string file;  // a file name next to the index, e.g. `s3-read-only-bucket.json`

    bool operator==(const PolicyTemplate&) const = default;
};

}  // namespace iam
