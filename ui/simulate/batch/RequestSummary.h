#pragma once

#include <string>

#include <QString>

#include "core/eval/Request.h"

namespace iam::ui {

// The part of an ARN after its account (`user/alice`, `reports/q3.pdf`), which is what a person
// reads first; anything that is not an ARN (`*`, `s3.amazonaws.com`) as it is.
QString shortArnName(const std::string& arn);
// "user/alice", or "anyone (anonymous)" for `*`.
QString principalShortName(const std::string& principal);
// "s3:GetObject on arn:aws:s3:::reports/q3.pdf as user/alice, with aws:SourceIp".
QString requestSummary(const Request& request);

} // namespace iam::ui
