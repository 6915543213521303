#pragma once

#include <string>

namespace iam::bench {

// A policy at the identity-policy quota (6,144 characters without white space) made of real
// actions, so the catalog rules and the form do the work a full-size policy asks of them.
std::string identityPolicyAtQuota();
std::size_t nonSpaceLength(const std::string& text);

}  // namespace iam::bench
