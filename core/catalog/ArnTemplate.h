#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace iam {

// A resource type's ARN template from AWS's reference, e.g. `arn:${Partition}:s3:::${BucketName}`,
// compiled to answer "does this ARN from a policy fit it?".
//
// A placeholder stands for one or more characters. Two rules keep the answer useful:
//  - a placeholder never swallows a `:` unless it ends the template (Lambda's `function:${Name}`
//    also fits `function:name:alias`), so the parts of an ARN stay apart;
//  - a placeholder that is the whole resource part, like `${BucketName}`, never swallows a `/`
//    unless its name says it is a path: that is what tells a bucket from the objects in it, the
//    `s3:ListBucket` on `bucket/*` mistake.
// In the policy's ARN, `*` and `?` are wildcards and `${aws:username}`-style variables count as `*`:
// an ARN fits when some ARN it could stand for fits the template.
class ArnTemplate final {
public:
    static ArnTemplate compile(std::string_view templateText);

    bool fits(std::string_view arn) const;
    const std::string& text() const { return m_text; }

private:
    struct Token {
        char c = 0;
        bool placeholder = false;
        bool allowsSlash = true;
        bool allowsColon = false;
    };

    std::string m_text;
    std::vector<Token> m_tokens;
};

}  // namespace iam
