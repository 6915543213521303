#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/catalog/AccessLevel.h"
#include "core/diagnostics/Diagnostic.h"

namespace iam {

class Catalog;

// Everything the catalog knows about one action, as plain values ready to show: what it does, how
// powerful it is, which resources it takes and how to write their ARNs, and which condition keys
// can narrow it.
struct ActionExplanation {
    struct ResourceType {
        std::string name;
        bool required = false;
        std::vector<std::string> arnTemplates;
        std::vector<std::string> conditionKeys;  // keys of the resource type and of the action on it
    };
    struct ConditionKey {
        std::string name;
        std::string type;
        std::string description;
    };

    bool found = false;
    std::string action;  // `s3:GetObject`, spelled as AWS does
    std::string serviceName;
    std::string description;
    AccessLevel accessLevel = AccessLevel::Read;
    std::vector<ResourceType> resourceTypes;  // empty: the action only takes `*`
    std::vector<ConditionKey> conditionKeys;  // besides the global keys, which apply everywhere
    std::vector<std::string> dependentActions;  // also needed for the action to succeed
    std::vector<Diagnostic> diagnostics;  // unknown action, with "did you mean"
};

ActionExplanation explainAction(const Catalog& catalog, std::string_view action);

}  // namespace iam
