#pragma once

#include <cstdint>

namespace iam {

// A resource type an action works on. `required` marks the ones AWS says the action must be given
// (a policy granting the action has to name such a resource, or `*`); the others are optional.
// The keys are those that apply only when the action acts on this resource type.
struct CatalogActionResource {
    std::uint32_t resourceType = 0;
    bool required = false;
    std::uint32_t firstKey = 0;
    std::uint32_t keyCount = 0;
};

}  // namespace iam
